"""The board document: schema, the board file, operations and change notifications.

Nothing here imports Qt, so exports and scripts run without a display.
"""

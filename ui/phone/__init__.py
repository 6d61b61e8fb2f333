"""The phone page: a small web server on the laptop that participants' phones write to.

Nothing here imports Qt: the request handlers check what a phone sent and hand the document
work to a :class:`~ui.phone.gate.Gate`, which runs it where the document lives.
"""

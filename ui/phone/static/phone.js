// Pajalauta phone page. Served by the laptop; talks only to it. Every text is set with
// textContent (never innerHTML), so nothing a participant writes can become markup.
"use strict";
(function () {
  const T = JSON.parse(document.getElementById("texts").textContent);
  const token = new URLSearchParams(location.search).get("t") || "";
  const $ = (id) => document.getElementById(id);
  let state = null;
  let chosenCell = null;
  let chosenTheme = null;
  let chosenGroup = null;
  let editing = null;
  let joined = false;

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function say(message, bad) {
    const status = $("status");
    status.textContent = message || "";
    status.className = bad ? "bad" : "good";
  }

  async function call(method, path, body) {
    const options = { method, headers: { "X-Room-Token": token }, credentials: "same-origin" };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, options);
    } catch (e) {
      say(T.offline, true);
      return null;
    }
    let answer = null;
    try { answer = await response.json(); } catch (e) { answer = null; }
    if (!response.ok || !answer || !answer.ok) {
      say(answer && answer.message ? answer.message : T.err_bad_request, true);
      return null;
    }
    return answer;
  }

  function choice(container, label, selected, onPick, colour) {
    const button = el("button", "choice" + (selected ? " selected" : ""), label);
    button.type = "button";
    button.setAttribute("aria-pressed", selected ? "true" : "false");
    if (colour) button.style.borderLeftColor = colour;
    button.addEventListener("click", onPick);
    container.appendChild(button);
    return button;
  }

  function renderJoin() {
    const groups = $("groups");
    groups.replaceChildren();
    for (const g of state.groups) {
      choice(groups, g.name, chosenGroup === g.id, () => { chosenGroup = g.id; renderJoin(); },
             g.colour);
    }
  }

  function allCells(cards) {
    const cells = [];
    for (const f of state.frames) {
      if (f.cards === cards) for (const c of f.cells) cells.push(c);
    }
    return cells;
  }

  function renderWrite() {
    const cells = allCells(false);
    $("private").hidden = !state.private;
    $("nothing").hidden = cells.length > 0 || allCells(true).length > 0;
    $("write").hidden = cells.length === 0 && $("nothing").hidden;
    $("write-form").hidden = cells.length === 0;
    if (!cells.some((c) => c.id === chosenCell)) chosenCell = cells.length ? cells[0].id : null;
    const box = $("cells");
    box.replaceChildren();
    for (const c of cells) {
      const option = el("option", "", c.label);
      option.value = String(c.id);
      option.selected = c.id === chosenCell;
      box.appendChild(option);
    }
  }

  function renderMine() {
    const list = $("my-notes");
    list.replaceChildren();
    $("mine").hidden = state.notes.length === 0;
    for (const n of state.notes) {
      const item = el("li", "note");
      if (editing === n.id) {
        const area = el("textarea");
        area.maxLength = 280;
        area.value = n.text;
        item.appendChild(area);
        const save = el("button", "primary", T.save);
        save.addEventListener("click", async () => {
          if (await call("PUT", "/api/notes/" + n.id, { text: area.value })) {
            editing = null; say(T.sent); refresh();
          }
        });
        item.appendChild(save);
      } else {
        item.appendChild(el("p", "text", n.text));
        if (n.open) {
          const edit = el("button", "small", T.edit);
          edit.addEventListener("click", () => { editing = n.id; renderMine(); });
          const drop = el("button", "small danger", T.withdraw);
          drop.addEventListener("click", async () => {
            if (await call("DELETE", "/api/notes/" + n.id)) { say(""); refresh(); }
          });
          item.append(edit, drop);
        } else {
          item.appendChild(el("p", "hint", T.locked));
        }
      }
      list.appendChild(item);
    }
  }

  function renderCard() {
    const themes = allCells(true);
    const card = state.card;
    $("card").hidden = themes.length === 0 && !card;
    if ($("card").hidden) return;
    $("card-theme-label").hidden = !!card;
    const box = $("card-themes");
    box.replaceChildren();
    if (!card) {
      if (!themes.some((c) => c.id === chosenTheme)) chosenTheme = themes[0].id;
      for (const c of themes) {
        choice(box, c.label, c.id === chosenTheme, () => { chosenTheme = c.id; renderCard(); });
      }
    }
    const fields = $("card-fields");
    if (fields.dataset.card === String(card ? card.id : "new") && fields.children.length) return;
    fields.dataset.card = String(card ? card.id : "new");
    fields.replaceChildren();
    let half = null;
    for (const f of state.card_fields) {
      if (f.half !== half) {
        half = f.half;
        fields.appendChild(el("h3", "", state.card_halves[half] || ""));
      }
      const label = el("label", "", f.label);
      label.htmlFor = "card-" + f.key;
      let input;
      if (f.kind === "choice") {
        input = el("select");
        input.appendChild(el("option", "", ""));
        for (const c of f.choices) {
          const option = el("option", "", c.label);
          option.value = c.key;
          input.appendChild(option);
        }
      } else if (f.kind === "text") {
        input = el("textarea");
        input.rows = 3;
        input.maxLength = 280;
      } else {
        input = el("input");
        input.maxLength = 280;
        if (f.kind === "date") input.placeholder = "6.3.2026";
      }
      input.id = "card-" + f.key;
      input.dataset.key = f.key;
      input.value = card && card.fields[f.key] ? card.fields[f.key] : "";
      if (!card && f.key === "owner" && state.me) input.value = state.me.name || "";
      fields.append(label, input);
    }
  }

  function renderVote() {
    const vote = state.vote;
    $("vote").hidden = !vote;
    if (!vote) return;
    $("vote-title").textContent = vote.title || T.vote;
    $("dots-left").textContent = T.dots_left.replace("{n}", String(vote.remaining));
    const list = $("vote-notes");
    list.replaceChildren();
    for (const n of vote.notes) {
      const item = el("li", "vote-note");
      item.appendChild(el("p", "text", n.text));
      const dots = el("span", "dots", "●".repeat(n.ours));
      const add = el("button", "small", T.add_dot);
      add.disabled = vote.remaining <= 0;
      add.addEventListener("click", async () => {
        if (await call("POST", "/api/dots", { note_id: n.id, vote_id: vote.id })) refresh();
      });
      item.append(dots, add);
      if (n.ours > 0) {
        const remove = el("button", "small", T.remove_dot);
        remove.addEventListener("click", async () => {
          if (await call("POST", "/api/dots/remove", { note_id: n.id })) refresh();
        });
        item.appendChild(remove);
      }
      list.appendChild(item);
    }
  }

  function render() {
    const me = state.me;
    joined = !!(me && (me.group_id !== null || state.groups.length === 0));
    $("join").hidden = joined;
    $("change-group").hidden = !joined;
    for (const id of ["write", "vote", "card", "mine"]) if (!joined) $(id).hidden = true;
    if (!joined) { renderJoin(); return; }
    const group = state.groups.find((g) => g.id === me.group_id);
    $("who").textContent = (group ? group.name : "") + (me.name ? " · " + me.name : "");
    if (group) document.body.style.borderTopColor = group.colour;
    renderWrite();
    renderMine();
    renderCard();
    renderVote();
  }

  async function refresh() {
    const answer = await call("GET", "/api/state");
    if (answer) {
      if ($("status").className === "bad" && $("status").textContent === T.offline) say("");
      state = answer;
      render();
    }
  }

  $("start").addEventListener("click", async () => {
    if (state.groups.length && chosenGroup === null) { say(T.err_no_group, true); return; }
    if (await call("POST", "/api/join", { group_id: chosenGroup, name: $("name").value })) {
      say("");
      refresh();
    }
  });
  $("change-group").addEventListener("click", () => {
    joined = false; $("join").hidden = false; $("change-group").hidden = true;
    for (const id of ["write", "vote", "card", "mine"]) $(id).hidden = true;
    renderJoin();
  });
  $("cells").addEventListener("change", () => { chosenCell = Number($("cells").value); });
  $("send").addEventListener("click", async () => {
    const text = $("text").value;
    if (!text.trim()) { say(T.err_empty, true); return; }
    $("send").disabled = true;
    const answer = await call("POST", "/api/notes", { zone_id: chosenCell, text });
    $("send").disabled = false;
    if (answer) {
      $("text").value = "";
      say(T.sent);
      $("text").focus();
      refresh();
    }
  });
  $("save-card").addEventListener("click", async () => {
    const fields = {};
    for (const input of $("card-fields").querySelectorAll("[data-key]")) {
      fields[input.dataset.key] = input.value;
    }
    const body = { fields };
    if (!state.card) body.zone_id = chosenTheme;
    if (await call("PUT", "/api/card", body)) { say(T.sent); refresh(); }
  });

  refresh();
  setInterval(() => { if (!editing && document.visibilityState === "visible") refresh(); },
              4000);
})();

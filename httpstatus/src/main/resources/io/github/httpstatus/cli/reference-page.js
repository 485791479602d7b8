// The reference page's behaviour: search, class filters, deep links and keyboard use.
// The search functions below follow io.github.httpstatus.search (Words, Entry, StatusSearch) rule
// for rule; a browser test runs both over the same queries and compares the ranked codes.
(function () {
  "use strict";

  var MATCHES = ["CODE", "EXACT_PHRASE", "PHRASE_WORDS", "SEARCH_TERMS", "DESCRIPTION"];
  var LABELS = ["code", "exact phrase", "phrase words", "search terms", "description"];
  var SUFFIXES = [["ily", "y"], ["ies", "y"], ["ied", "y"], ["ions", ""], ["ion", ""], ["ings", ""],
    ["ing", ""], ["ed", ""], ["es", ""], ["ly", ""], ["s", ""]];
  var MIN_STEM = 3;
  var TYPO_LENGTH = 5;
  var PREFIX_LENGTH = 4;
  var STOP_WORDS = {};
  ["a", "an", "and", "are", "at", "be", "by", "code", "do", "does", "for", "how", "http", "i", "in", "is",
    "it", "m", "my", "of", "on", "or", "s", "status", "the", "this", "to", "was", "what", "when", "why",
    "with"].forEach(function (w) { STOP_WORDS[w] = true; });

  function split(text) {
    var words = [];
    var word = "";
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) {
        word += String.fromCharCode(c + 32);
      } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        word += text.charAt(i);
      } else if (word.length > 0) {
        words.push(word);
        word = "";
      }
    }
    if (word.length > 0) {
      words.push(word);
    }
    return words;
  }

  function endsWith(word, suffix) {
    return word.length >= suffix.length && word.substring(word.length - suffix.length) === suffix;
  }

  function fits(word, suffix) {
    if (!endsWith(word, suffix) || word.length - suffix.length < MIN_STEM) {
      return false;
    }
    return suffix !== "s" || !(endsWith(word, "ss") || endsWith(word, "us") || endsWith(word, "is"));
  }

  function stem(word) {
    var s = word;
    if (s.length > MIN_STEM) {
      for (var i = 0; i < SUFFIXES.length; i++) {
        if (fits(s, SUFFIXES[i][0])) {
          s = s.substring(0, s.length - SUFFIXES[i][0].length) + SUFFIXES[i][1];
          break;
        }
      }
    }
    return s.length > MIN_STEM && endsWith(s, "e") ? s.substring(0, s.length - 1) : s;
  }

  function withinOneEdit(a, b) {
    var la = a.length;
    var lb = b.length;
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    var i = 0;
    while (i < la && i < lb && a.charAt(i) === b.charAt(i)) {
      i++;
    }
    if (la === lb) {
      if (i === la || a.substring(i + 1) === b.substring(i + 1)) {
        return true;
      }
      return i + 1 < la && a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i)
          && a.substring(i + 2) === b.substring(i + 2);
    }
    return la > lb ? a.substring(i + 1) === b.substring(i) : b.substring(i + 1) === a.substring(i);
  }

  function wordMatches(query, queryStem, word, wordStem) {
    return queryStem === wordStem
        || (queryStem.length >= PREFIX_LENGTH && word.substring(0, queryStem.length) === queryStem)
        || (query.length >= TYPO_LENGTH && withinOneEdit(query, word));
  }

  function field(words) {
    var seen = {};
    var out = { words: [], stems: [] };
    words.forEach(function (w) {
      if (!Object.prototype.hasOwnProperty.call(seen, w)) {
        seen[w] = true;
        out.words.push(w);
        out.stems.push(stem(w));
      }
    });
    return out;
  }

  function fieldMatches(f, word, wordStem) {
    for (var i = 0; i < f.words.length; i++) {
      if (wordMatches(word, wordStem, f.words[i], f.stems[i])) {
        return true;
      }
    }
    return false;
  }

  function entry(status) {
    var keys = {};
    var phraseWords = [];
    status.phrases.forEach(function (p) {
      var words = split(p);
      keys[words.join(" ")] = true;
      phraseWords = phraseWords.concat(words);
    });
    var termWords = [];
    status.terms.forEach(function (t) { termWords = termWords.concat(split(t)); });
    return {
      code: status.code,
      keys: keys,
      phrase: field(phraseWords),
      terms: field(termWords),
      description: field(split(status.description))
    };
  }

  function bestField(e, word, wordStem) {
    if (fieldMatches(e.phrase, word, wordStem)) {
      return 2;
    }
    if (fieldMatches(e.terms, word, wordStem)) {
      return 3;
    }
    return fieldMatches(e.description, word, wordStem) ? 4 : -1;
  }

  function isCodeWord(w) {
    if (w.length !== 3 || w.charAt(0) < "1" || w.charAt(0) > "5") {
      return false;
    }
    var second = w.charAt(1);
    var third = w.charAt(2);
    return (second === "x" && third === "x")
        || (second >= "0" && second <= "9" && third >= "0" && third <= "9");
  }

  function namedByAll(code, codeWords) {
    for (var i = 0; i < codeWords.length; i++) {
      var w = codeWords[i];
      var named = w.charAt(1) === "x" ? Number(w.charAt(0)) === Math.floor(code / 100) : Number(w) === code;
      if (!named) {
        return false;
      }
    }
    return true;
  }

  function search(entries, query) {
    var words = split(String(query));
    if (words.length === 0) {
      return [];
    }
    var codeWords = [];
    var textWords = [];
    words.forEach(function (w) { (isCodeWord(w) ? codeWords : textWords).push(w); });
    var exactKey = textWords.join(" ");
    var content = textWords.filter(function (w) { return !STOP_WORDS[w]; });
    if (content.length === 0 && codeWords.length === 0) {
      content = textWords;
    }
    var stems = content.map(stem);
    var hits = [];
    entries.forEach(function (e) {
      if (!namedByAll(e.code, codeWords)) {
        return;
      }
      var match;
      if (content.length === 0) {
        match = 0;
      } else if (Object.prototype.hasOwnProperty.call(e.keys, exactKey)) {
        match = 1;
      } else {
        match = 2;
        for (var i = 0; i < content.length && match >= 0; i++) {
          var f = bestField(e, content[i], stems[i]);
          match = f < 0 ? -1 : Math.max(match, f);
        }
      }
      if (match >= 0) {
        hits.push({ code: e.code, rank: match });
      }
    });
    hits.sort(function (x, y) { return x.rank - y.rank || x.code - y.code; });
    return hits.map(function (h) { return { code: h.code, match: MATCHES[h.rank], label: LABELS[h.rank] }; });
  }

  // ---- The page ----

  var data = JSON.parse(document.getElementById("status-data").textContent);
  var entries = data.map(entry).sort(function (x, y) { return x.code - y.code; });
  var byCode = {};
  data.forEach(function (s) { byCode[s.code] = s; });

  var input = document.getElementById("query");
  var results = document.getElementById("results");
  var announce = document.getElementById("announce");
  var filterButtons = Array.prototype.slice.call(document.querySelectorAll("[data-filter]"));
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section[data-section]"));
  var filter = "all";
  var hits = null;
  var active = -1;

  function inFilter(card) {
    return filter === "all"
        || (filter === "unofficial" ? card.getAttribute("data-kind") === "unofficial"
            : card.getAttribute("data-class") === filter);
  }

  function render() {
    var found = {};
    if (hits !== null) {
      hits.forEach(function (h) { found[h.code] = true; });
    }
    cards.forEach(function (card) {
      card.hidden = !inFilter(card) || (hits !== null && !found[card.getAttribute("data-code")]);
    });
    sections.forEach(function (section) {
      section.hidden = section.querySelector(".card:not([hidden])") === null;
    });
    filterButtons.forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-filter") === filter));
    });
  }

  function showResults() {
    results.textContent = "";
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (hits === null) {
      results.hidden = true;
      input.setAttribute("aria-expanded", "false");
      announce.textContent = "";
      return;
    }
    hits.forEach(function (h, i) {
      var s = byCode[h.code];
      var li = document.createElement("li");
      li.id = "result-" + h.code;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.setAttribute("data-code", String(h.code));
      var code = document.createElement("span");
      code.className = "result-code";
      code.textContent = String(h.code);
      var name = document.createElement("span");
      name.className = "result-phrase";
      name.textContent = s.title;
      var how = document.createElement("span");
      how.className = "result-match";
      how.textContent = h.label;
      li.appendChild(code);
      li.appendChild(name);
      li.appendChild(how);
      li.addEventListener("mousedown", function (event) {
        event.preventDefault();
        choose(h.code);
      });
      li.addEventListener("mousemove", function () { setActive(i); });
      results.appendChild(li);
    });
    results.hidden = hits.length === 0;
    input.setAttribute("aria-expanded", String(hits.length > 0));
    announce.textContent = hits.length === 0 ? "Nothing matched." : hits.length + (hits.length === 1 ? " code" : " codes") + " found.";
  }

  function setActive(index) {
    var options = results.children;
    if (options.length === 0) {
      return;
    }
    active = (index + options.length) % options.length;
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute("aria-selected", String(i === active));
    }
    input.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({ block: "nearest" });
  }

  function runQuery() {
    var q = input.value;
    hits = split(q).length === 0 ? null : search(entries, q);
    showResults();
    render();
  }

  function clearQuery() {
    input.value = "";
    runQuery();
  }

  function choose(code) {
    if (String(location.hash) === "#" + code) {
      highlight();
    } else {
      location.hash = String(code);
    }
  }

  function highlight() {
    var id = decodeURIComponent(String(location.hash).substring(1));
    var card = /^[1-5][0-9][0-9]$/.test(id) ? document.getElementById(id) : null;
    cards.forEach(function (c) { c.classList.toggle("chosen", c === card); });
    if (card === null) {
      return;
    }
    if (card.hidden) {
      filter = "all";
      if (input.value !== "") {
        clearQuery();
      } else {
        render();
      }
    }
    card.scrollIntoView({ block: "center" });
    card.focus({ preventScroll: true });
  }

  input.addEventListener("input", runQuery);
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive(active + 1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive(active < 0 ? -1 : active - 1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (hits !== null && hits.length > 0) {
        choose(hits[Math.max(active, 0)].code);
      }
    } else if (event.key === "Escape") {
      event.preventDefault();
      clearQuery();
    }
  });
  document.addEventListener("keydown", function (event) {
    var typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
    } else if (event.key === "Escape" && !typing && input.value !== "") {
      clearQuery();
    }
  });
  filterButtons.forEach(function (b) {
    b.addEventListener("click", function () {
      filter = b.getAttribute("data-filter");
      render();
    });
  });
  window.addEventListener("hashchange", highlight);

  // For tests and the console: the page's own search, ranked as StatusSearch ranks.
  window.httpstatusSearch = function (query) {
    return search(entries, query).map(function (h) { return { code: h.code, match: h.match }; });
  };

  document.documentElement.classList.add("js");
  render();
  highlight();
}());

// The admin's searchable checkbox lists (showcase/admin_widgets.py): typing in the
// box hides the choices whose label does not contain what was typed, compared
// without case or tone marks ("dong thap" finds "Đồng Tháp"). Checked choices stay
// checked while hidden, so filtering never changes what is saved.
(function () {
  "use strict";

  function fold(text) {
    return text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim();
  }

  document.addEventListener("input", function (event) {
    var input = event.target;
    if (!input.matches || !input.matches("[data-ocop-choice-filter]")) {
      return;
    }
    var wanted = fold(input.value);
    var list = document.getElementById(input.getAttribute("aria-controls"));
    var shown = 0;
    list.querySelectorAll("label").forEach(function (label) {
      var matches = !wanted || fold(label.textContent).indexOf(wanted) !== -1;
      var item = label.closest("li, div") || label;
      item.hidden = !matches;
      if (matches) {
        shown += 1;
      }
    });
    input.parentElement.querySelector(".ocop-choice-filter__none").hidden = shown > 0;
  });
})();

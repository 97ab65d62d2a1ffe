/* One row per chosen file, with its optional channel name and kind, in the order the files are sent. */
(function () {
  'use strict';
  var input = document.getElementById('files');
  var table = document.getElementById('file-rows');
  var template = document.getElementById('file-row');
  if (!input || !table || !template) {
    return;
  }
  input.addEventListener('change', function () {
    var body = table.querySelector('tbody');
    body.innerHTML = '';
    Array.prototype.forEach.call(input.files, function (file) {
      var row = template.content.cloneNode(true);
      row.querySelector('.file-name').textContent = file.name;
      var channel = row.querySelector('input[name=channels]');
      var kind = row.querySelector('select[name=kinds]');
      channel.addEventListener('input', function () { kind.required = channel.value.trim() !== ''; });
      kind.addEventListener('change', function () { channel.required = kind.value !== ''; });
      body.appendChild(row);
    });
    table.hidden = input.files.length === 0;
  });
})();

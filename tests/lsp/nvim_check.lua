-- toc lsp driven by a real editor: Neovim 0.7's built-in LSP client, headless, on a copy of the
-- LLR model (tests/lsp/nvim_check.py makes the copy and runs this). Fails with a message and
-- exit status 1 at the first thing that does not hold.
--   TOC_BIN: the toc binary   MODEL_DIR: the model's copy   EXPECTED_DIAGNOSTICS: toc check's count
local toc = assert(os.getenv('TOC_BIN'), 'TOC_BIN is not set')
local model = assert(os.getenv('MODEL_DIR'), 'MODEL_DIR is not set')
local expected_count = tonumber((assert(os.getenv('EXPECTED_DIAGNOSTICS'), 'EXPECTED_DIAGNOSTICS is not set')))
local timeout = 20000

local function say(message) io.stdout:write(message .. '\n') io.stdout:flush() end
local function fail(message)
  io.stderr:write('nvim_check: FAIL: ' .. message .. '\n')
  vim.cmd('qall!')
  os.exit(1)
end
local function check(condition, message)
  if not condition then fail(message) end
end

-- Every publishDiagnostics seen, by URI, besides Neovim's own handling of it.
local published = {}
local function on_diagnostics(err, result, ctx, config)
  published[result.uri] = (published[result.uri] or 0) + 1
  vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
end

local function main()
local files = vim.fn.globpath(model, '**/*.toml', false, true)
table.sort(files)
check(#files >= 10, 'expected the model files in ' .. model)
local buffers = {}
for _, file in ipairs(files) do
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  vim.bo.filetype = 'toml'
  buffers[file] = vim.api.nvim_get_current_buf()
end

local client = vim.lsp.start_client({
  name = 'toc',
  cmd = { toc, 'lsp' },
  root_dir = model,
  handlers = { ['textDocument/publishDiagnostics'] = on_diagnostics },
  on_exit = function(code) if code ~= 0 then io.stderr:write('toc lsp exited with ' .. code .. '\n') end end,
})
check(client, 'vim.lsp.start_client did not start toc lsp')
for _, buf in pairs(buffers) do vim.lsp.buf_attach_client(buf, client) end

local function count_all(severity)
  local n = 0
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    n = n + #vim.diagnostic.get(buf, severity and { severity = severity } or nil)
  end
  return n
end

-- 1. Opening the model: no errors, and the very diagnostics toc check reports (its warnings).
local workforce = model .. '/activities/workforce.toml'
local workforce_uri = vim.uri_from_fname(workforce)
check(vim.wait(timeout, function() return published[workforce_uri] ~= nil end, 50),
  'no diagnostics were published for activities/workforce.toml')
vim.wait(timeout, function() return count_all() == expected_count end, 50)
check(count_all(vim.diagnostic.severity.ERROR) == 0,
  'opening the LLR model shows ' .. count_all(vim.diagnostic.severity.ERROR) .. ' errors, expected none')
check(count_all() == expected_count,
  'opening the LLR model shows ' .. count_all() .. ' diagnostics; toc check reports ' .. expected_count)
say('ok: opening the model shows no errors, and the ' .. expected_count .. ' warnings toc check reports')

-- 2. Typing an unknown id (a near-miss of a real one) in a leads_to shows unknown-id there.
local buf = buffers[workforce]
local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
local row, quote_col, id
for i, line in ipairs(lines) do
  local at, found = line:match('^leads_to = %[()"([%w_-]+)"')
  if at then
    row, quote_col, id = i - 1, at - 1, found
    break
  end
end
check(row, 'no leads_to = ["..."] line in activities/workforce.toml')
local typo = id:sub(1, -2)  -- the last letter not typed yet: 'out-participants-traine'
vim.api.nvim_buf_set_text(buf, row, quote_col + 1, row, quote_col + 1 + #id, { typo })
local function unknown_ids()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == 'unknown-id' then table.insert(found, d) end
  end
  return found
end
check(vim.wait(timeout, function() return #unknown_ids() > 0 end, 50), 'typing "' .. typo .. '" shows no unknown-id')
local d = unknown_ids()[1]
check(d.lnum == row and d.col == quote_col and d.end_lnum == row and d.end_col == quote_col + #typo + 2,
  string.format('unknown-id is at %d:%d-%d:%d, expected %d:%d-%d:%d (the quoted id)', d.lnum, d.col, d.end_lnum,
    d.end_col, row, quote_col, row, quote_col + #typo + 2))
check(d.message:find("did you mean '" .. id .. "'?", 1, true), 'unknown-id has no suggestion: ' .. d.message)
check(d.source == 'toc' and d.severity == vim.diagnostic.severity.ERROR, 'unknown-id is not an error from toc')
say(string.format("ok: typing '%s' shows unknown-id at %d:%d-%d:%d with \"did you mean '%s'?\"", typo, row + 1,
  d.col + 1, row + 1, d.end_col, id))

-- 3. Completion inside that leads_to string offers ids.
local function request(method, params)
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, timeout)
  check(responses, method .. ' got no response: ' .. tostring(err))
  local response = responses[client]
  check(response and not (response.err or response.error), method .. ' failed: ' .. vim.inspect(response))
  return response.result
end
local position = { line = row, character = quote_col + 1 + #typo }
local completion = request('textDocument/completion', { textDocument = { uri = workforce_uri }, position = position })
local items = completion.items or completion
local labels = {}
for _, item in ipairs(items) do labels[item.label] = item end
check(labels[id], 'completion in leads_to does not offer ' .. id .. ' (' .. #items .. ' items)')
check(labels[id].detail and #labels[id].detail > 0, 'completion item ' .. id .. ' has no title as detail')
say('ok: completion in leads_to offers ' .. #items .. ' ids, among them ' .. id)

-- Undo the typo: the unknown-id goes away.
vim.api.nvim_buf_set_text(buf, row, quote_col + 1, row, quote_col + 1 + #typo, { id })
check(vim.wait(timeout, function() return #unknown_ids() == 0 end, 50), 'fixing the typo does not clear unknown-id')

-- 4. Go to definition on the id jumps to its table header.
position = { line = row, character = quote_col + 3 }
local definition = request('textDocument/definition', { textDocument = { uri = workforce_uri }, position = position })
if definition[1] then definition = definition[1] end
check(definition and definition.uri, 'definition returned nothing')
local target = vim.uri_to_fname(definition.uri)
local target_line = vim.fn.readfile(target)[definition.range.start.line + 1] or ''
check(target_line:match('^%[%a+%.' .. vim.pesc(id) .. '%]'),
  'definition points at ' .. target .. ':' .. (definition.range.start.line + 1) .. ' "' .. target_line .. '"')
say('ok: definition jumps to ' .. vim.fn.fnamemodify(target, ':t') .. ':' .. (definition.range.start.line + 1) ..
  ' ' .. target_line)

-- Hover shows its kind and title; references find every place it is written.
local hover = request('textDocument/hover', { textDocument = { uri = workforce_uri }, position = position })
check(hover and hover.contents.value:find('**output** `' .. id .. '`', 1, true), 'hover: ' .. vim.inspect(hover))
local references = request('textDocument/references',
  { textDocument = { uri = workforce_uri }, position = position, context = { includeDeclaration = true } })
local written = 0  -- the places the files write the id: quoted, or in a table header
for _, file in ipairs(files) do
  for _, line in ipairs(vim.fn.readfile(file)) do
    local _, quoted = line:gsub('"' .. vim.pesc(id) .. '"', '')
    local _, header = line:gsub('%.' .. vim.pesc(id) .. '%]', '')
    written = written + quoted + header
  end
end
check(#references == written, 'references found ' .. #references .. ' places of ' .. id .. ', the files write it ' .. written)
say('ok: hover shows "' .. hover.contents.value:gsub('\n.*', '') .. '"; references find the ' .. #references .. ' places')

-- 5. Rename changes every file where the id is written.
local holders = {}
for _, file in ipairs(files) do
  local text = table.concat(vim.fn.readfile(file), '\n')
  if text:find('"' .. id .. '"', 1, true) or text:find('.' .. id .. ']', 1, true) then holders[file] = true end
end
local new_id = id .. '-renamed'
local edit = request('textDocument/rename',
  { textDocument = { uri = workforce_uri }, position = position, newName = new_id })
check(edit and edit.changes, 'rename returned no edit')
local changed = 0
for uri, _ in pairs(edit.changes) do
  check(holders[vim.uri_to_fname(uri)], 'rename edits ' .. uri .. ', which does not mention ' .. id)
  changed = changed + 1
end
vim.lsp.util.apply_workspace_edit(edit, 'utf-16')
vim.cmd('silent wall')
local held = 0
for file, _ in pairs(holders) do
  held = held + 1
  local text = table.concat(vim.fn.readfile(file), '\n')
  check(not text:find('"' .. id .. '"', 1, true) and not text:find('.' .. id .. ']', 1, true),
    file .. ' still names ' .. id .. ' after the rename')
  check(text:find(new_id, 1, true), file .. ' does not name ' .. new_id .. ' after the rename')
end
check(changed == held and held >= 3, 'rename changed ' .. changed .. ' files; the id is in ' .. held)
-- A rename to an id already used is refused with a clear error.
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/rename',
  { textDocument = { uri = workforce_uri }, position = position, newName = 'oc-trauma-prevented' }, timeout)
local refused = responses and responses[client] and (responses[client].err or responses[client].error)
check(refused and refused.message:find('already the id', 1, true), 'a rename to a used id was not refused: ' .. vim.inspect(responses))
say('ok: rename changed the ' .. held .. ' files that name ' .. id .. '; a rename to a used id is refused: ' ..
  refused.message)

vim.lsp.stop_client(client)
vim.wait(timeout, function() return vim.lsp.client_is_stopped(client) end, 50)
end

local ok, problem = xpcall(main, debug.traceback)
if not ok then fail('error in the script: ' .. tostring(problem)) end
vim.cmd('qall!')

// plotly's basic bundle as the app serves it (decision 062): the package's file with V8's file-level compile hint as its
// first line, so Chromium compiles all of plotly eagerly, on a background thread while the script streams in, instead of
// lazily on the main thread as each function first runs (and plotly runs most of them on load). The Web build writes it
// into the git-ignored wwwroot/lib/plotly/ (rewritten only when it differs). Usage: node plotly-compile-hint.js SOURCE TARGET
const fs = require('fs');
const path = require('path');
const [source, target] = process.argv.slice(2);
const text = '//# allFunctionsCalledOnLoad\n' + fs.readFileSync(source, 'utf8');
if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
}

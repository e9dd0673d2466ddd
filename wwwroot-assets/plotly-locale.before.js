// plotly's Arabic locale: npm's plotly.js-locales ar.js (a CommonJS module) wrapped for the browser by the Web build,
// which writes this file, the package's file and plotly-locale.after.js into wwwroot/lib/plotly/plotly-locale-ar.js.
(function () {
    var module = { exports: {} };

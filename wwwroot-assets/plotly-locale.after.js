    var locale = module.exports;
    // ar.js 3.7.0 names May آذار, like March: أيار is May among the same (Levantine) month names.
    if (locale.format.months[4] === locale.format.months[2]) locale.format.months[4] = 'أيار';
    // Its short month names are digits; the axis reads better with the names.
    locale.format.shortMonths = locale.format.months.slice();
    // plotly registers the locales queued in window.PlotlyLocales when it loads (Plotly.Blazor loads it after the page).
    if (window.Plotly && window.Plotly.register) window.Plotly.register(locale);
    else (window.PlotlyLocales = window.PlotlyLocales || []).push(locale);
})();

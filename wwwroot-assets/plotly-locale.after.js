    var locale = module.exports;
    // ar.js 3.7.0 names May آذار, like March: أيار is May among the same (Levantine) month names.
    if (locale.format.months[4] === locale.format.months[2]) locale.format.months[4] = 'أيار';
    // Its short month names are digits; the axis reads better with the names.
    locale.format.shortMonths = locale.format.months.slice();
    // Its dictionary is empty, so plotly's own words (the mode bar's buttons, "Double-click on legend to isolate one
    // trace" after a legend click) stayed English in the Arabic interface: the ones a 2D chart shows, in the app's words
    // (مفتاح الرسم for the legend, as the page's own notes say). A dictionary a later ar.js brings wins over these.
    var words = {
        'Autoscale': 'تحجيم تلقائي',
        'Box Select': 'تحديد مستطيل',
        'Compare data on hover': 'مقارنة البيانات عند التمرير',
        'Double-click on legend to isolate one trace': 'انقر نقرًا مزدوجًا على مفتاح الرسم لعزل سلسلة واحدة',
        'Double-click to zoom back out': 'انقر نقرًا مزدوجًا للعودة إلى الحجم السابق',
        'Download plot': 'تنزيل الرسم',
        'Download plot as a PNG': 'تنزيل الرسم بصيغة PNG',
        'Lasso Select': 'تحديد حر',
        'Pan': 'تحريك',
        'Reset': 'إعادة الضبط',
        'Reset axes': 'إعادة ضبط المحاور',
        'Show closest data on hover': 'أقرب البيانات عند التمرير',
        'Snapshot succeeded': 'حُفظت الصورة',
        'Sorry, there was a problem downloading your snapshot!': 'عذرًا، تعذّر تنزيل الصورة.',
        'Taking snapshot - this may take a few seconds': 'جارٍ حفظ الصورة، قد يستغرق ذلك بضع ثوانٍ',
        'Toggle Spike Lines': 'إظهار خطوط الإسقاط أو إخفاؤها',
        'Toggle show closest data on hover': 'إظهار أقرب البيانات عند التمرير أو إخفاؤها',
        'Zoom': 'تكبير منطقة',
        'Zoom in': 'تكبير',
        'Zoom out': 'تصغير',
        'trace': 'سلسلة'
    };
    locale.dictionary = locale.dictionary || {};
    for (var key in words) if (!Object.prototype.hasOwnProperty.call(locale.dictionary, key)) locale.dictionary[key] = words[key];
    // plotly registers the locales queued in window.PlotlyLocales when it loads (Plotly.Blazor loads it after the page).
    if (window.Plotly && window.Plotly.register) window.Plotly.register(locale);
    else (window.PlotlyLocales = window.PlotlyLocales || []).push(locale);
})();

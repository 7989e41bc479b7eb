window.DyadCharts = {};

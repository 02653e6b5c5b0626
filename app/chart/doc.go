// Package chart builds the explorer's charts: one builder per chart, model
// results in, go-echarts options out, serialised to the option JSON that
// ECharts' setOption takes. It never imports go-app or syscall/js.
package chart

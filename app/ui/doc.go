// Package ui holds the explorer's go-app components and pages, the URL
// state, and EChart: the only component that talks to ECharts' JavaScript.
package ui

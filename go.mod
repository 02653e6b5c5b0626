module github.com/computeledger/computeledger

go 1.26.8

require (
	github.com/andybalholm/brotli v1.3.0
	github.com/go-echarts/go-echarts/v2 v2.6.7
	github.com/maxence-charriere/go-app/v10 v10.1.11
	golang.org/x/image v0.48.0
)

require (
	github.com/google/uuid v1.6.0 // indirect
	golang.org/x/sys v0.50.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)

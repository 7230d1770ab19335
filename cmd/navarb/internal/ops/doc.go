// Package ops is navarb's observability surface: Prometheus metrics on a
// registry of its own, the /metrics, /healthz and /readyz HTTP endpoints
// (loopback by default, bearer token otherwise), a tracker that derives
// premiums, data staleness and venue latency from the event stream, and
// alerts on kill switch, loop failures and stale venues.
//
// The run loop owns a Tracker and feeds it every event (cheap: a few field
// writes) and, every so many events, publishes a Snapshot to Metrics and
// Health; scrapes read the last published snapshot under a mutex, so the
// loop never waits on HTTP. Live connectors report latency, orders and nonce
// gaps through the Recorder interface as they happen.
package ops

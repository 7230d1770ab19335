package ops

import (
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Recorder is what live connectors report as it happens. *Metrics
// implements it; so does Nop.
type Recorder interface {
	// ObserveLatency records one venue round trip (op: "submit", "place",
	// "cancel", "rpc").
	ObserveLatency(venue, op string, d time.Duration)
	// OrderPlaced and OrderCancelled count orders on a venue.
	OrderPlaced(venue string)
	OrderCancelled(venue string)
	// NonceGap counts a nonce gap found (and repaired) on a chain.
	NonceGap(chain string)
}

// Metrics owns navarb's Prometheus registry (never the global default).
type Metrics struct {
	reg *prometheus.Registry

	mu   sync.Mutex
	snap Snapshot

	latency   *prometheus.HistogramVec
	orders    *prometheus.CounterVec
	nonceGaps *prometheus.CounterVec
}

const ns = "navarb"

// Descriptors of the snapshot metrics.
var (
	descPremium   = prometheus.NewDesc(ns+"_premium_bps", "Market price over issuer NAV, in bps, by token.", []string{"token"}, nil)
	descLoops     = prometheus.NewDesc(ns+"_loops_total", "Settled loops by kind and outcome.", []string{"kind", "outcome"}, nil)
	descPnL       = prometheus.NewDesc(ns+"_net_pnl_usd", "Net PnL in USD, after fees, price impact, gas and hedge cost.", nil, nil)
	descGas       = prometheus.NewDesc(ns+"_gas_spent_usd_total", "Gas spent, in USD.", nil, nil)
	descFees      = prometheus.NewDesc(ns+"_fees_usd_total", "Mint/redeem, AMM and exchange fees paid, in USD.", nil, nil)
	descVolume    = prometheus.NewDesc(ns+"_volume_usd_total", "Quote traded on markets, in USD.", nil, nil)
	descDenials   = prometheus.NewDesc(ns+"_risk_denials_total", "Plans the risk gate denied, by reason.", []string{"reason"}, nil)
	descAge       = prometheus.NewDesc(ns+"_data_age_seconds", "Age of each book, pool and NAV source (staleness).", []string{"kind", "venue", "name"}, nil)
	descStale     = prometheus.NewDesc(ns+"_data_stale", "1 when a book, pool or NAV source is stale.", []string{"kind", "venue", "name"}, nil)
	descEvents    = prometheus.NewDesc(ns+"_events_total", "Market events handled by the engine.", nil, nil)
	descOpps      = prometheus.NewDesc(ns+"_opportunities_total", "Plans the decision functions proposed.", nil, nil)
	descSubmitted = prometheus.NewDesc(ns+"_loops_submitted_total", "Loops submitted to executors.", nil, nil)
	descSubErr    = prometheus.NewDesc(ns+"_submit_errors_total", "Loop submissions that failed.", nil, nil)
	descKilled    = prometheus.NewDesc(ns+"_kill_switch", "1 when the kill switch is tripped.", nil, nil)
	descReady     = prometheus.NewDesc(ns+"_ready", "1 when every venue is fresh and the kill switch is off.", nil, nil)
	descSnapAge   = prometheus.NewDesc(ns+"_snapshot_timestamp_seconds", "Market time of the last published snapshot.", nil, nil)
)

// NewMetrics builds the registry with navarb's metrics, the Go runtime and
// process collectors, and a build-info gauge. It does no I/O.
func NewMetrics(version string) *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: ns, Name: "venue_latency_seconds",
			Help:    "Venue round trips: decision to inclusion, order placement, RPC.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2, 5, 10, 30},
		}, []string{"venue", "op"}),
		orders: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "orders_total", Help: "Orders placed and cancelled, by venue.",
		}, []string{"venue", "action"}),
		nonceGaps: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "nonce_gaps_total", Help: "Nonce gaps found and repaired, by chain.",
		}, []string{"chain"}),
	}
	build := prometheus.NewGauge(prometheus.GaugeOpts{
		Namespace: ns, Name: "build_info", Help: "Always 1; the version label says which build runs.",
		ConstLabels: prometheus.Labels{"version": version},
	})
	build.Set(1)
	m.reg.MustRegister(m.latency, m.orders, m.nonceGaps, build, snapshotCollector{m},
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Registry is the registry, for tests and extra collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the registry in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// Publish replaces the snapshot scrapes report. The maps are the caller's
// to give: Publish keeps them, so build fresh ones for each call.
func (m *Metrics) Publish(s Snapshot) {
	m.mu.Lock()
	m.snap = s
	m.mu.Unlock()
}

// Snapshot returns the last published snapshot.
func (m *Metrics) Snapshot() Snapshot {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.snap
}

// ObserveLatency implements Recorder.
func (m *Metrics) ObserveLatency(venue, op string, d time.Duration) {
	m.latency.WithLabelValues(venue, op).Observe(d.Seconds())
}

// OrderPlaced implements Recorder.
func (m *Metrics) OrderPlaced(venue string) { m.orders.WithLabelValues(venue, "placed").Inc() }

// OrderCancelled implements Recorder.
func (m *Metrics) OrderCancelled(venue string) { m.orders.WithLabelValues(venue, "cancelled").Inc() }

// NonceGap implements Recorder.
func (m *Metrics) NonceGap(chain string) { m.nonceGaps.WithLabelValues(chain).Inc() }

// Declare makes labelled series exist at zero before anything happens, so
// dashboards and alerts see them: the chains whose nonce gaps and the
// venues whose orders are counted.
func (m *Metrics) Declare(chains, orderVenues []string) {
	for _, c := range chains {
		m.nonceGaps.WithLabelValues(c)
	}
	for _, v := range orderVenues {
		m.orders.WithLabelValues(v, "placed")
		m.orders.WithLabelValues(v, "cancelled")
	}
}

// snapshotCollector reports the last published snapshot at scrape time.
type snapshotCollector struct{ m *Metrics }

func (c snapshotCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descPremium, descLoops, descPnL, descGas, descFees, descVolume,
		descDenials, descAge, descStale, descEvents, descOpps, descSubmitted, descSubErr, descKilled, descReady, descSnapAge} {
		ch <- d
	}
}

func (c snapshotCollector) Collect(ch chan<- prometheus.Metric) {
	s := c.m.Snapshot()
	gauge := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, labels...)
	}
	counter := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.CounterValue, v, labels...)
	}
	for tok, bps := range s.PremiumBps {
		gauge(descPremium, bps, tok)
	}
	for k, n := range s.Loops {
		counter(descLoops, float64(n), k.Kind, k.Outcome)
	}
	for r, n := range s.Denials {
		counter(descDenials, float64(n), r)
	}
	for _, d := range s.Data {
		gauge(descAge, d.Age.Seconds(), d.Kind, d.Venue, d.Name)
		gauge(descStale, b2f(d.Stale), d.Kind, d.Venue, d.Name)
	}
	gauge(descPnL, s.NetPnLUSD)
	counter(descGas, s.GasUSD)
	counter(descFees, s.FeesUSD)
	counter(descVolume, s.VolumeUSD)
	counter(descEvents, float64(s.Events))
	counter(descOpps, float64(s.Opportunities))
	counter(descSubmitted, float64(s.Submitted))
	counter(descSubErr, float64(s.SubmitErrors))
	gauge(descKilled, b2f(s.Killed))
	gauge(descReady, b2f(len(s.NotReady()) == 0))
	if !s.Time.IsZero() {
		gauge(descSnapAge, float64(s.Time.UnixNano())/1e9)
	}
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// Nop is a Recorder that records nothing.
type Nop struct{}

// ObserveLatency implements Recorder.
func (Nop) ObserveLatency(string, string, time.Duration) {}

// OrderPlaced implements Recorder.
func (Nop) OrderPlaced(string) {}

// OrderCancelled implements Recorder.
func (Nop) OrderCancelled(string) {}

// NonceGap implements Recorder.
func (Nop) NonceGap(string) {}

var (
	_ Recorder = (*Metrics)(nil)
	_ Recorder = Nop{}
)

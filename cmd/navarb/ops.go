package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"time"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/cmd/navarb/internal/config"
	"github.com/navarb/navarb/cmd/navarb/internal/notify"
	"github.com/navarb/navarb/cmd/navarb/internal/ops"
	"github.com/navarb/navarb/risk"
	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/venues"
)

// sampleEvery is how many events pass between two snapshots published to
// metrics, readiness and alerts (see BenchmarkSimObserved).
const sampleEvery = 1024

// observer is a run's observability: metrics and health server, webhook
// alerts, and what the run loop feeds them. nil when both are off (every
// method is then a no-op). A run loop, sim or live, feeds it the same way:
// observe(ev, eng, gate) after the engine takes each event (or track(ev)
// and sample on a wall-clock ticker), executor() around its executor, and
// metrics as the connectors' Recorder (binance.Options.Metrics).
type observer struct {
	metrics *ops.Metrics
	tracker *ops.Tracker
	alerts  *ops.Alerts
	n       uint64
	cancel  context.CancelFunc
	done    []chan error
}

// newObserver builds an observer feeding n (nil: no alerts). It does no
// I/O.
func newObserver(cfg *config.Config, tokens []ops.TokenRef, n ops.Notifier) *observer {
	o := &observer{metrics: ops.NewMetrics(version), alerts: ops.NewAlerts(n)}
	// Series that exist before anything happens, for dashboards and alerts.
	var chains, orderVenues []string
	seen := map[string]bool{}
	for _, name := range cfg.TokenNames() {
		if c := cfg.Tokens[name].Chain; !seen[c] {
			seen[c] = true
			chains = append(chains, c)
		}
	}
	if cfg.Venues.Binance.Enabled {
		orderVenues = append(orderVenues, "binance", "binance-usdm")
	}
	o.metrics.Declare(chains, orderVenues)
	o.tracker = ops.NewTracker(ops.TrackerOptions{
		Tokens:     tokens,
		MaxBookAge: cfg.Risk.MaxBookAge.Duration, MaxPoolAge: cfg.Risk.MaxPoolAge.Duration, MaxNAVAge: cfg.Risk.MaxNAVAge.Duration,
		Latency: o.metrics,
	})
	return o
}

// startObserver starts the HTTP server and the webhook notifier the config
// asks for, and returns nil if it asks for neither. The server is bound
// before it returns, so a busy port fails the run before it starts.
func startObserver(ctx context.Context, cfg *config.Config, log zerolog.Logger, tokens []ops.TokenRef) (*observer, error) {
	if cfg.HTTP.Listen == "" && cfg.Notify.WebhookURLEnv == "" {
		return nil, nil
	}
	var hook *notify.Webhook
	if env := cfg.Notify.WebhookURLEnv; env != "" {
		host, _ := os.Hostname()
		hook = notify.New(notify.Options{URL: os.Getenv(env), Source: "navarb@" + host,
			Burst: cfg.Notify.Burst, Every: cfg.Notify.Every.Duration, Log: log.With().Str("component", "notify").Logger()})
	}
	var o *observer
	if hook != nil { // a nil *Webhook in the interface would not be nil

		o = newObserver(cfg, tokens, hook)
	} else {
		o = newObserver(cfg, tokens, nil)
	}
	ctx, o.cancel = context.WithCancel(ctx)
	if hook != nil {
		o.goRun(ctx, hook.Run)
	}
	if cfg.HTTP.Listen != "" {
		var token string
		if cfg.HTTP.TokenEnv != "" {
			token = os.Getenv(cfg.HTTP.TokenEnv)
		}
		bound := make(chan net.Addr, 1)
		srv := ops.NewServer(ops.ServerOptions{Addr: cfg.HTTP.Listen, Token: token, Metrics: o.metrics,
			Log: log, OnListen: func(a net.Addr) { bound <- a }})
		done := o.goRun(ctx, srv.Run)
		select {
		case <-bound:
		case err := <-done:
			o.done = o.done[:len(o.done)-1]
			o.stop()
			return nil, err
		}
	}
	return o, nil
}

func (o *observer) goRun(ctx context.Context, run func(context.Context) error) chan error {
	done := make(chan error, 1)
	go func() { done <- run(ctx) }()
	o.done = append(o.done, done)
	return done
}

// stop shuts the server and the notifier down (queued alerts get one last
// attempt) and waits for them.
func (o *observer) stop() error {
	if o == nil || o.cancel == nil {
		return nil
	}
	o.cancel()
	var errs []error
	for _, d := range o.done {
		errs = append(errs, <-d)
	}
	return errors.Join(errs...)
}

// executor wraps the run's executor so loop latency is measured from
// submission.
func (o *observer) executor(inner strategy.Executor, clock strategy.Clock) strategy.Executor {
	if o == nil {
		return inner
	}
	return timedExecutor{inner: inner, clock: clock, t: o.tracker}
}

type timedExecutor struct {
	inner strategy.Executor
	clock strategy.Clock
	t     *ops.Tracker
}

func (x timedExecutor) Submit(ctx context.Context, p venues.Plan) error {
	x.t.Submitted(&p, x.clock.Now())
	return x.inner.Submit(ctx, p)
}

// observe takes one event after the engine has; every sampleEvery events
// it publishes a snapshot. It runs on the engine's goroutine.
func (o *observer) observe(ev venues.Event, eng *strategy.Engine, gate *risk.Gate) {
	if o == nil {
		return
	}
	o.tracker.Observe(ev)
	if o.n++; o.n%sampleEvery == 0 {
		o.sample(ev.EventTime(), eng, gate)
	}
}

// track takes one event without sampling (runs that sample on a clock).
func (o *observer) track(ev venues.Event) {
	if o != nil {
		o.tracker.Observe(ev)
	}
}

// sample publishes the state as of now; without an engine (watch) only the
// tracker's part.
func (o *observer) sample(now time.Time, eng *strategy.Engine, gate *risk.Gate) {
	if o == nil {
		return
	}
	var s ops.Snapshot
	o.tracker.Fill(&s, now)
	if eng == nil || gate == nil {
		o.metrics.Publish(s)
		o.alerts.Update(&s)
		return
	}
	res := eng.Results(now)
	c := eng.Counters()
	s.NetPnLUSD = res.NetPnLUSD.InexactFloat64()
	s.GasUSD = res.GasUSD.InexactFloat64()
	s.FeesUSD = res.FeesUSD.InexactFloat64()
	s.VolumeUSD = res.VolumeUSD.InexactFloat64()
	s.Loops = map[ops.LoopKey]uint64{}
	for k := venues.PlanKind(1); int(k) < venues.NumPlanKinds; k++ {
		s.Loops[ops.LoopKey{Kind: k.String(), Outcome: "success"}] = uint64(res.Loops[k])
		s.Loops[ops.LoopKey{Kind: k.String(), Outcome: "reverted"}] = uint64(res.Reverted[k])
	}
	s.Denials = denials(gate)
	s.Events, s.Opportunities, s.Submitted, s.SubmitErrors = c.Events, c.Opportunities, c.Submitted, c.SubmitErrors
	s.Killed, s.KillReason = gate.Killed()
	o.metrics.Publish(s)
	o.alerts.Update(&s)
}

// warnExposedConfig warns when a config that names secrets (webhook, HTTP
// token, exchange keys) can be read by group or others. The reference
// config, which runs the simulated market only, is left alone: a warning on
// every checkout would teach people to ignore it. A keystore any chain
// names is checked the same way.
func warnExposedConfig(log zerolog.Logger, path string, cfg *config.Config) {
	b := cfg.Venues.Binance
	if cfg.Mode != "sim" || cfg.Notify.WebhookURLEnv != "" || cfg.HTTP.TokenEnv != "" ||
		(b.Enabled && b.APIKeyEnv != "") {
		ops.WarnIfExposed(log, path, fmt.Sprintf("config %s names secrets and", path))
	}
	for _, name := range chainsInUse(cfg) {
		if ks := cfg.Chains[name].KeystorePath; ks != "" && cfg.Chains[name].PrivateKeyEnv == "" {
			ops.WarnIfExposed(log, ks, fmt.Sprintf("chains.%s.keystore_path: keystore %s", name, ks))
		}
	}
}

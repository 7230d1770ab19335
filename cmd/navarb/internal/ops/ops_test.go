package ops_test

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/rs/zerolog"

	"github.com/navarb/navarb/cmd/navarb/internal/ops"
	"github.com/navarb/navarb/venues"
)

var t0 = time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)

func fullSnapshot() ops.Snapshot {
	return ops.Snapshot{
		Time:       t0,
		PremiumBps: map[string]float64{"ETH2X": 12.5},
		Loops:      map[ops.LoopKey]uint64{{Kind: "mint_sell", Outcome: "success"}: 3, {Kind: "buy_redeem", Outcome: "reverted"}: 1},
		NetPnLUSD:  41.5, GasUSD: 2.25, FeesUSD: 7, VolumeUSD: 1000,
		Denials:       map[string]uint64{"stale_book": 4},
		Data:          []ops.DataAge{{Kind: "book", Venue: "binance", Name: "ETHUSDT", Age: 1500 * time.Millisecond}},
		Events:        100,
		Opportunities: 9, Submitted: 4, SubmitErrors: 0,
	}
}

// serve starts a server on a free loopback port and returns its base URL.
func serve(t *testing.T, m *ops.Metrics, token string) string {
	t.Helper()
	addrc := make(chan net.Addr, 1)
	s := ops.NewServer(ops.ServerOptions{Addr: "127.0.0.1:0", Token: token, Metrics: m, Log: zerolog.Nop(),
		OnListen: func(a net.Addr) { addrc <- a }})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	select {
	case a := <-addrc:
		return "http://" + a.String()
	case err := <-done:
		t.Fatalf("server did not start: %v", err)
	}
	return ""
}

func get(t *testing.T, url, token string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestMetricsReportSnapshot(t *testing.T) {
	m := ops.NewMetrics("test")
	m.Publish(fullSnapshot())
	m.ObserveLatency("sim", "loop", 1200*time.Millisecond)
	m.OrderPlaced("binance")
	m.OrderPlaced("binance")
	m.OrderCancelled("binance")
	m.NonceGap("arbitrum")
	base := serve(t, m, "")
	code, body := get(t, base+"/metrics", "")
	if code != 200 {
		t.Fatalf("/metrics: %d", code)
	}
	for _, want := range []string{
		`navarb_premium_bps{token="ETH2X"} 12.5`,
		`navarb_loops_total{kind="mint_sell",outcome="success"} 3`,
		`navarb_loops_total{kind="buy_redeem",outcome="reverted"} 1`,
		`navarb_net_pnl_usd 41.5`,
		`navarb_gas_spent_usd_total 2.25`,
		`navarb_risk_denials_total{reason="stale_book"} 4`,
		`navarb_data_age_seconds{kind="book",name="ETHUSDT",venue="binance"} 1.5`,
		`navarb_venue_latency_seconds_count{op="loop",venue="sim"} 1`,
		`navarb_orders_total{action="placed",venue="binance"} 2`,
		`navarb_orders_total{action="cancelled",venue="binance"} 1`,
		`navarb_nonce_gaps_total{chain="arbitrum"} 1`,
		`navarb_ready 1`,
		`navarb_kill_switch 0`,
		`navarb_build_info{version="test"} 1`,
		`go_goroutines`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if n, err := testutil.GatherAndCount(m.Registry(), "navarb_events_total"); err != nil || n != 1 {
		t.Errorf("navarb_events_total: %d series, %v", n, err)
	}
}

func TestReadiness(t *testing.T) {
	m := ops.NewMetrics("test")
	base := serve(t, m, "")
	if code, body := get(t, base+"/readyz", ""); code != 503 || !strings.Contains(body, "no market data yet") {
		t.Errorf("before data: %d %s, want 503 no market data", code, body)
	}
	if code, _ := get(t, base+"/healthz", ""); code != 200 {
		t.Errorf("/healthz %d, want 200", code)
	}
	s := fullSnapshot()
	m.Publish(s)
	if code, body := get(t, base+"/readyz", ""); code != 200 {
		t.Errorf("fresh: %d %s, want 200", code, body)
	}
	s = fullSnapshot()
	s.Killed, s.KillReason = true, "max loss"
	s.Data[0].Stale = true
	m.Publish(s)
	code, body := get(t, base+"/readyz", "")
	var got struct {
		Ready   bool
		Reasons []string
	}
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatal(err)
	}
	if code != 503 || got.Ready || len(got.Reasons) != 2 || !strings.Contains(got.Reasons[0], "kill switch: max loss") ||
		!strings.Contains(got.Reasons[1], "stale book binance/ETHUSDT") {
		t.Errorf("killed and stale: %d %+v", code, got)
	}
}

func TestBearerToken(t *testing.T) {
	const token = "s3cret-token"
	base := serve(t, ops.NewMetrics("test"), token)
	for _, tc := range []struct {
		path, token string
		want        int
	}{
		{"/metrics", "", 401}, {"/metrics", "wrong", 401}, {"/healthz", "", 401},
		{"/metrics", token, 200}, {"/healthz", token, 200}, {"/readyz", token, 503},
	} {
		if code, _ := get(t, base+tc.path, tc.token); code != tc.want {
			t.Errorf("%s with token %q: %d, want %d", tc.path, tc.token, code, tc.want)
		}
	}
}

func TestTrackerPremiumAgesLatency(t *testing.T) {
	m := ops.NewMetrics("test")
	tr := ops.NewTracker(ops.TrackerOptions{
		Tokens:     []ops.TokenRef{{Symbol: "ETH2X", Pool: "P"}},
		MaxBookAge: 5 * time.Second, MaxPoolAge: 10 * time.Second, MaxNAVAge: 10 * time.Second,
		Latency: m,
	})
	tr.Observe(&venues.NAVUpdate{Time: t0, Token: "ETH2X", NAV: 30, Source: venues.NAVIssuer})
	tr.Observe(&venues.NAVUpdate{Time: t0, Token: "ETH2X", NAV: 99, Source: venues.NAVComponent})
	tr.Observe(&venues.PoolUpdate{Time: t0.Add(2 * time.Second), Venue: "sim", Pool: "P", ReserveBase: 100, ReserveQuote: 3030})
	tr.Observe(&venues.BookUpdate{Time: t0, Venue: "binance", Symbol: "ETHUSDT"})
	tr.Submitted(&venues.Plan{ID: 7, Chain: "arb"}, t0)
	tr.Observe(&venues.TxReceipt{Time: t0.Add(3 * time.Second), PlanID: 7})
	var s ops.Snapshot
	tr.Fill(&s, t0.Add(6*time.Second))
	if got, want := s.PremiumBps["ETH2X"], 100.0; got < want-1e-9 || got > want+1e-9 {
		t.Errorf("premium %v bps, want %v (30.30 over NAV 30)", got, want)
	}
	var labels []string
	for _, d := range s.Data {
		labels = append(labels, d.Label())
		switch d.Kind {
		case "book":
			if d.Age != 6*time.Second || !d.Stale {
				t.Errorf("book %+v, want age 6s, stale (limit 5s)", d)
			}
		case "pool":
			if d.Age != 4*time.Second || d.Stale {
				t.Errorf("pool %+v, want age 4s, fresh", d)
			}
		}
	}
	if want := []string{"book binance/ETHUSDT", "nav ETH2X/issuer", "pool sim/P"}; !slices.Equal(labels, want) {
		t.Errorf("sources %q, want %q", labels, want)
	}
	tr.Observe(&venues.VenueStatus{Venue: "sim", Stale: true})
	tr.Fill(&s, t0.Add(6*time.Second))
	if reasons := s.NotReady(); len(reasons) != 2 {
		t.Errorf("with the sim venue down: %q, want the book and the pool", reasons)
	}
	if n := testutil.CollectAndCount(m.Registry(), "navarb_venue_latency_seconds"); n != 1 {
		t.Errorf("latency series %d, want 1", n)
	}
}

type recorder struct{ got []ops.Alert }

func (r *recorder) Notify(a ops.Alert) { r.got = append(r.got, a) }

func TestAlertsOnChanges(t *testing.T) {
	r := &recorder{}
	a := ops.NewAlerts(r)
	s := fullSnapshot()
	a.Update(&s) // one reverted loop already: reported once
	a.Update(&s)
	s2 := fullSnapshot()
	s2.Loops[ops.LoopKey{Kind: "buy_redeem", Outcome: "reverted"}] = 3
	s2.Killed, s2.KillReason = true, "max loss"
	s2.Data[0].Stale = true
	a.Update(&s2)
	a.Update(&s2)
	s3 := fullSnapshot()
	s3.Loops[ops.LoopKey{Kind: "buy_redeem", Outcome: "reverted"}] = 3
	s3.Killed = true
	a.Update(&s3)
	var kinds []string
	for _, x := range r.got {
		kinds = append(kinds, x.Kind)
	}
	if want := []string{"loop_failed", "kill_switch", "loop_failed", "stale", "recovered"}; !slices.Equal(kinds, want) {
		t.Errorf("alerts %q, want %q", kinds, want)
	}
	if !strings.Contains(r.got[2].Text, "2 loop(s) failed") {
		t.Errorf("second failure alert %q, want 2 new failures", r.got[2].Text)
	}
}

func TestWarnIfExposed(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		mode os.FileMode
		warn bool
	}{{0o600, false}, {0o400, false}, {0o640, true}, {0o644, true}, {0o602, true}} {
		p := filepath.Join(dir, "c.toml")
		os.WriteFile(p, []byte("x"), 0o600)
		if err := os.Chmod(p, tc.mode); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		got := ops.WarnIfExposed(zerolog.New(&b), p, "config")
		if got != tc.warn || (tc.warn && !strings.Contains(b.String(), p)) {
			t.Errorf("mode %o: warned %v (%s), want %v naming the file", tc.mode, got, b.String(), tc.warn)
		}
	}
}

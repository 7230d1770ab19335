package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// lockedBuffer is an output safe to read while a run writes it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// secretForms are the ways a secret could leak: as is, hex, base64 and
// URL-escaped.
func secretForms(s string) []string {
	return []string{s, hex.EncodeToString([]byte(s)), base64.StdEncoding.EncodeToString([]byte(s)),
		base64.RawURLEncoding.EncodeToString([]byte(s)), url.QueryEscape(s), url.PathEscape(s)}
}

// TestSecretsNeverLeak runs navarb with known values in every secret it
// takes (exchange API key and secret, a webhook URL carrying a token, the
// HTTP bearer token), through failure paths (a webhook endpoint that drops
// every connection, so errors would quote its URL; an exchange refusing a
// wrong secret), and scans stdout, stderr, every file written and the
// /metrics and /readyz answers for any form of those values.
func TestSecretsNeverLeak(t *testing.T) {
	const (
		hookToken   = "hook-token-5e0c2a91d4"
		httpToken   = "http-token-c4f7d2e8b1"
		wrongSecret = "wrong-secret-91ab3c77"
	)
	var hookHits atomic.Int64
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hookHits.Add(1)
		conn, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			conn.Close() // the client sees a transport error quoting the URL
		}
	}))
	defer hook.Close()
	hookURL := hook.URL + "/services/" + hookToken + "?token=" + hookToken
	t.Setenv("NAVARB_TEST_WEBHOOK", hookURL)
	t.Setenv("NAVARB_TEST_HTTP_TOKEN", httpToken)
	t.Setenv("NAVARB_TEST_BINANCE_KEY", watchKey)
	t.Setenv("NAVARB_TEST_BINANCE_SECRET", watchSecret)

	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "navarb.toml")
	ref, err := os.ReadFile(refConfig)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfgPath, ref, 0o600); err != nil {
		t.Fatal(err)
	}
	var outputs []string

	// 1. A long simulated run with the metrics server, a bearer token and
	// webhook alerts (a pool age limit under the 2 s block time makes the
	// pool go stale and recover between blocks: alerts),
	// scraped while it runs, then interrupted (partial report).
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr lockedBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"run", "-config", cfgPath, "-log-format", "json", "-log-level", "debug",
			"-report-json", filepath.Join(dir, "report.json"),
			"-set", "sim.duration=240h", "-set", "risk.max_pool_age=1500ms",
			"-set", "http.listen=127.0.0.1:0", "-set", "http.token_env=NAVARB_TEST_HTTP_TOKEN",
			"-set", "notify.webhook_url_env=NAVARB_TEST_WEBHOOK", "-set", "notify.burst=50",
			"-set", "venues.binance.enabled=true",
			"-set", "venues.binance.api_key_env=NAVARB_TEST_BINANCE_KEY",
			"-set", "venues.binance.secret_key_env=NAVARB_TEST_BINANCE_SECRET"}, &stdout, &stderr)
	}()
	base := waitListening(t, &stderr, done)
	for _, path := range []string{"/metrics", "/readyz", "/healthz"} {
		if code, _ := httpGet(t, base+path, ""); code != http.StatusUnauthorized {
			t.Errorf("%s without the token: %d, want 401", path, code)
		}
	}
	deadline := time.Now().Add(60 * time.Second)
	for hookHits.Load() < 2 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if hookHits.Load() < 2 {
		t.Errorf("webhook hit %d times, want alerts and retries", hookHits.Load())
	}
	// The run's metrics, once a loop has settled.
	want := []string{`navarb_premium_bps{token="ETH2X"}`, `navarb_loops_total{kind="mint_sell",outcome="success"}`,
		`navarb_venue_latency_seconds_count{op="loop",venue="sim"}`, `navarb_nonce_gaps_total{chain="sim"} 0`,
		`navarb_data_stale{kind="pool",name="ETH2X-USDC",venue="sim"}`, `navarb_ready `, `navarb_net_pnl_usd`}
	var metrics string
	for time.Now().Before(deadline) {
		var code int
		if code, metrics = httpGet(t, base+"/metrics", httpToken); code != 200 {
			t.Fatalf("/metrics with the token: %d", code)
		}
		if !strings.Contains(metrics, `venue_latency_seconds_count{op="loop"`) {
			time.Sleep(10 * time.Millisecond)
			continue
		}
		break
	}
	for _, w := range want {
		if !strings.Contains(metrics, w) {
			t.Errorf("/metrics lacks %s", w)
		}
	}
	_, ready := httpGet(t, base+"/readyz", httpToken)
	outputs = append(outputs, metrics, ready)
	cancel()
	if code := <-done; code != exitOK {
		t.Errorf("interrupted run: exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "webhook failed") {
		t.Errorf("no webhook failure logged: the error path was not exercised")
	}
	outputs = append(outputs, stdout.String(), stderr.String())

	// 2. The exchange connector with the right keys, then a wrong secret
	// (every signed call refused).
	u, err := watchExchange()
	if err != nil {
		t.Fatal(err)
	}
	watchArgs := []string{"watch", "-config", cfgPath, "-duration", "2s", "-log-format", "json", "-log-level", "debug",
		"-set", "venues.binance.enabled=true",
		"-set", "venues.binance.rest_url=" + u["rest"], "-set", "venues.binance.ws_url=" + u["ws"],
		"-set", "venues.binance.combined_url=" + u["combined"], "-set", "venues.binance.futures_rest_url=" + u["fapi"],
		"-set", "venues.binance.futures_ws_url=" + u["fws"], "-set", "venues.binance.futures_combined_url=" + u["fcombined"],
		"-set", "venues.binance.api_key_env=NAVARB_TEST_BINANCE_KEY",
		"-set", "venues.binance.secret_key_env=NAVARB_TEST_BINANCE_SECRET"}
	_, out, errs := runCLI(t, context.Background(), watchArgs...)
	outputs = append(outputs, out, errs)
	t.Setenv("NAVARB_TEST_BINANCE_SECRET", wrongSecret)
	_, out, errs = runCLI(t, context.Background(), watchArgs...)
	outputs = append(outputs, out, errs)

	// Every file written under the run's directory.
	files := 0
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files++
		outputs = append(outputs, string(b))
		return nil
	})
	if files < 2 {
		t.Errorf("%d files written, want the config and the report", files)
	}
	all := strings.Join(outputs, "\n")
	for _, secret := range []string{hookToken, httpToken, watchKey, watchSecret, wrongSecret, hookURL} {
		for _, form := range secretForms(secret) {
			if strings.Contains(all, form) {
				t.Errorf("a secret (%.6s...) appears in the output, as %.10s...", secret, form)
			}
		}
	}
	if len(all) < 10000 {
		t.Errorf("only %d bytes of output scanned", len(all))
	}
}

// waitListening waits for the run's "http: serving" log line and returns
// the server's base URL.
func waitListening(t *testing.T, stderr *lockedBuffer, done chan int) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		for _, line := range strings.Split(stderr.String(), "\n") {
			var l struct{ Message, Addr string }
			if json.Unmarshal([]byte(line), &l) == nil && strings.HasPrefix(l.Message, "http: serving") {
				return "http://" + l.Addr
			}
		}
		select {
		case code := <-done:
			t.Fatalf("run exited %d before serving: %s", code, stderr.String())
		case <-time.After(5 * time.Millisecond):
		}
	}
	t.Fatalf("no http server: %s", stderr.String())
	return ""
}

func httpGet(t *testing.T, u, token string) (int, string) {
	t.Helper()
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		t.Fatal(err)
	}
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

// TestExposedConfigWarns: a config naming secrets that group or others can
// read draws a warning naming the file; a private one, or the reference
// config (simulated market only), does not.
func TestExposedConfigWarns(t *testing.T) {
	t.Setenv("NAVARB_TEST_HTTP_TOKEN", "tok")
	ref, err := os.ReadFile(refConfig)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, tc := range []struct {
		mode    os.FileMode
		secrets bool
		warn    bool
	}{{0o644, true, true}, {0o640, true, true}, {0o600, true, false}, {0o644, false, false}} {
		p := filepath.Join(dir, "c.toml")
		os.Remove(p)
		if err := os.WriteFile(p, ref, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, tc.mode); err != nil {
			t.Fatal(err)
		}
		args := []string{"run", "-config", p, "-log-format", "json", "-set", "sim.duration=10m"}
		if tc.secrets {
			args = append(args, "-set", "http.listen=127.0.0.1:0", "-set", "http.token_env=NAVARB_TEST_HTTP_TOKEN")
		}
		code, _, errs := runCLI(t, context.Background(), args...)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errs)
		}
		warned := strings.Contains(errs, "accessible by group or others") && strings.Contains(errs, p)
		if warned != tc.warn {
			t.Errorf("mode %o, secrets %v: warned %v, want %v", tc.mode, tc.secrets, warned, tc.warn)
		}
	}
}

// TestExposedKeystoreWarns: check-config (and run, through the same setup)
// warns when a chain's keystore can be read by group or others, naming the
// field and the file.
func TestExposedKeystoreWarns(t *testing.T) {
	ks := filepath.Join(t.TempDir(), "key.json")
	if err := os.WriteFile(ks, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("NAVARB_TEST_KS_PW", "pw")
	addr := "0x5FbDB2315678afecb367f032d93F642f64180aa3"
	args := []string{"check-config", "-config", refConfig}
	for _, s := range []string{
		"mode=paper", "chains.dev.chain_id=1337", `chains.dev.rpc_urls=["http://127.0.0.1:1"]`,
		"chains.dev.keystore_path=" + ks, "chains.dev.keystore_password_env=NAVARB_TEST_KS_PW",
		"chains.dev.executor_address=" + addr, "chains.dev.native_usd=2000",
		"tokens.ETH2X.chain=dev", "tokens.ETH2X.issuer_kind=reference",
		"tokens.ETH2X.issuer_address=" + addr, "tokens.ETH2X.token_address=" + addr,
		"tokens.ETH2X.pool_address=" + addr, "tokens.ETH2X.pool_kind=v2", "tokens.ETH2X.pool_fee_bps=30", "tokens.ETH2X.quote=USDC",
	} {
		args = append(args, "-set", s)
	}
	for _, tc := range []struct {
		mode os.FileMode
		warn bool
	}{{0o644, true}, {0o640, true}, {0o600, false}} {
		if err := os.Chmod(ks, tc.mode); err != nil {
			t.Fatal(err)
		}
		code, _, errs := runCLI(t, context.Background(), args...)
		if code != exitOK {
			t.Fatalf("check-config exit %d: %s", code, errs)
		}
		warned := strings.Contains(errs, "chains.dev.keystore_path: keystore "+ks) && strings.Contains(errs, "accessible by group or others")
		if warned != tc.warn {
			t.Errorf("keystore mode %o: warned %v, want %v (%s)", tc.mode, warned, tc.warn, errs)
		}
	}
}

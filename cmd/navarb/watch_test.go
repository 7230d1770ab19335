package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"
)

// startExchangeSim runs `navarb exchange-sim` in-process and returns its URLs.
func startExchangeSim(t *testing.T, args ...string) map[string]string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	urls, done, err := launchExchangeSim(ctx, args...)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Error("exchange-sim did not stop")
		}
	})
	return urls
}

func launchExchangeSim(ctx context.Context, args ...string) (map[string]string, <-chan int, error) {
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		code := run(ctx, append([]string{"exchange-sim"}, args...), pw, io.Discard)
		pw.Close()
		done <- code
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		return nil, done, fmt.Errorf("no READY line: %w", err)
	}
	go io.Copy(io.Discard, pr)
	urls := map[string]string{}
	for _, f := range strings.Fields(strings.TrimPrefix(line, "READY ")) {
		k, v, _ := strings.Cut(f, "=")
		urls[k] = v
	}
	return urls, done, nil
}

// go-binance keeps its WebSocket URLs in package variables, which navarb
// sets once per process: the watch tests share one exchange for the whole
// test binary (it stops with the process).
var watchExchange = sync.OnceValues(func() (map[string]string, error) {
	urls, _, err := launchExchangeSim(context.Background(),
		"-api-key-env", "NAVARB_TEST_BINANCE_KEY", "-secret-env", "NAVARB_TEST_BINANCE_SECRET",
		"-liquidity", "ETHUSDT=3000", "-depth-interval", "50ms")
	return urls, err
})

const watchKey, watchSecret = "watch-test-key-8d1f", "watch-test-secret-b77c"

// TestWatchBinanceProtocolVenue wires [venues.binance] to the local exchange
// over loopback: keys from the environment, books flowing to the same event
// channel the engine consumes, and no secret in any output.
func TestWatchBinanceProtocolVenue(t *testing.T) {
	key, secret := watchKey, watchSecret
	t.Setenv("NAVARB_TEST_BINANCE_KEY", key)
	t.Setenv("NAVARB_TEST_BINANCE_SECRET", secret)
	u, err := watchExchange()
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, context.Background(), "watch", "-config", refConfig, "-duration", "2s",
		"-log-format", "json",
		"-set", "venues.binance.enabled=true",
		"-set", "venues.binance.rest_url="+u["rest"],
		"-set", "venues.binance.ws_url="+u["ws"],
		"-set", "venues.binance.combined_url="+u["combined"],
		"-set", "venues.binance.futures_rest_url="+u["fapi"],
		"-set", "venues.binance.futures_ws_url="+u["fws"],
		"-set", "venues.binance.futures_combined_url="+u["fcombined"],
		"-set", "venues.binance.api_key_env=NAVARB_TEST_BINANCE_KEY",
		"-set", "venues.binance.secret_key_env=NAVARB_TEST_BINANCE_SECRET")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "book=") {
		t.Errorf("no book updates reached the event channel: %q", out)
	}
	if !strings.Contains(errs, `"symbol":"ETHUSDT"`) || !strings.Contains(errs, `"bid":`) {
		t.Errorf("no book line logged: %s", errs)
	}
	for _, s := range []string{key, secret} {
		if strings.Contains(out+errs, s) {
			t.Errorf("output leaks a secret")
		}
	}
}

func TestWatchBadConfig(t *testing.T) {
	cases := []struct {
		set  []string
		want string
	}{
		{nil, "venues.binance.enabled is false"},
		{[]string{"venues.binance.enabled=true", "venues.binance.api_key_env=NAVARB_TEST_NOT_SET_KEY", "venues.binance.secret_key_env=NAVARB_TEST_NOT_SET_SECRET"},
			"venues.binance.api_key_env: environment variable NAVARB_TEST_NOT_SET_KEY is not set"},
		{[]string{"venues.binance.enabled=true", "venues.binance.api_key_env=", "venues.binance.secret_key_env=", "venues.binance.rest_url=ftp://x"},
			`venues.binance.rest_url: scheme "ftp" is not one of http, https`},
		{[]string{"venues.binance.enabled=true", "venues.binance.api_key_env=", "venues.binance.secret_key_env=", "venues.binance.depth=0"},
			"venues.binance.depth: must be in [1, 1000], got 0"},
	}
	for _, tc := range cases {
		args := []string{"watch", "-config", refConfig}
		for _, s := range tc.set {
			args = append(args, "-set", s)
		}
		code, _, errs := runCLI(t, context.Background(), args...)
		if code != exitUsage || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", tc.set, code, errs, tc.want)
		}
	}
}

// TestWatchServesMetrics: with [http] on, watch serves the books' ages, the
// connector's request latency and readiness while it runs.
func TestWatchServesMetrics(t *testing.T) {
	t.Setenv("NAVARB_TEST_BINANCE_KEY", watchKey)
	t.Setenv("NAVARB_TEST_BINANCE_SECRET", watchSecret)
	u, err := watchExchange()
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr lockedBuffer
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"watch", "-config", refConfig, "-duration", "30s", "-log-format", "json",
			"-set", "http.listen=127.0.0.1:0",
			"-set", "venues.binance.enabled=true",
			"-set", "venues.binance.rest_url=" + u["rest"], "-set", "venues.binance.ws_url=" + u["ws"],
			"-set", "venues.binance.combined_url=" + u["combined"], "-set", "venues.binance.futures_rest_url=" + u["fapi"],
			"-set", "venues.binance.futures_ws_url=" + u["fws"], "-set", "venues.binance.futures_combined_url=" + u["fcombined"],
			"-set", "venues.binance.api_key_env=NAVARB_TEST_BINANCE_KEY",
			"-set", "venues.binance.secret_key_env=NAVARB_TEST_BINANCE_SECRET"}, &stdout, &stderr)
	}()
	base := waitListening(t, &stderr, done)
	want := []string{
		`navarb_data_age_seconds{kind="book",name="ETHUSDT",venue="binance"}`,
		`navarb_data_age_seconds{kind="book",name="ETHUSDT",venue="binance-usdm"}`,
		`navarb_venue_latency_seconds_count{op="rest",venue="binance"}`,
		`navarb_ready 1`,
	}
	var body string
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		_, body = httpGet(t, base+"/metrics", "")
		missing := 0
		for _, w := range want {
			if !strings.Contains(body, w) {
				missing++
			}
		}
		if missing == 0 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, w := range want {
		if !strings.Contains(body, w) {
			t.Errorf("/metrics lacks %s", w)
		}
	}
	if code, ready := httpGet(t, base+"/readyz", ""); code != 200 {
		t.Errorf("/readyz %d %s, want 200 with fresh books", code, ready)
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Errorf("watch exit %d: %s", code, stderr.String())
	}
}

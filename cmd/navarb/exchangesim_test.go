package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestExchangeSimServesAndStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		code := run(ctx, []string{"exchange-sim", "-liquidity", "ETHUSDT=3000"}, pw, io.Discard)
		pw.Close()
		done <- code
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("no READY line: %v", err)
	}
	go io.Copy(io.Discard, pr)
	fields := map[string]string{}
	for _, f := range strings.Fields(strings.TrimPrefix(line, "READY ")) {
		k, v, _ := strings.Cut(f, "=")
		fields[k] = v
	}
	if !strings.HasPrefix(line, "READY ") || !strings.HasPrefix(fields["rest"], "http://127.0.0.1:") ||
		!strings.HasPrefix(fields["ws"], "ws://127.0.0.1:") {
		t.Fatalf("READY line %q", line)
	}
	c := &http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get(fields["rest"] + "/api/v3/depth?symbol=ETHUSDT&limit=5")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"lastUpdateId"`) || !strings.Contains(string(body), `"bids":[[`) {
		t.Errorf("depth: %d %s", resp.StatusCode, body)
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("exit %d after interrupt, want 0", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("exchange-sim did not stop")
	}
}

func TestExchangeSimBadUsage(t *testing.T) {
	for _, args := range [][]string{{"-bogus"}, {"-balances", "x"}, {"-liquidity", "NOPE=1"}} {
		code, _, errs := runCLI(t, context.Background(), append([]string{"exchange-sim"}, args...)...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d (%s)", args, code, exitUsage, errs)
		}
	}
}

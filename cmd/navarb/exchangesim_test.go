package main

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestExchangeSimServesAndStops(t *testing.T) {
	u := startExchangeSim(t, "-liquidity", "ETHUSDT=3000")
	if !strings.HasPrefix(u["rest"], "http://127.0.0.1:") || !strings.HasPrefix(u["ws"], "ws://127.0.0.1:") {
		t.Fatalf("READY urls %v", u)
	}
	c := &http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get(u["rest"] + "/api/v3/depth?symbol=ETHUSDT&limit=5")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"lastUpdateId"`) || !strings.Contains(string(body), `"bids":[[`) {
		t.Errorf("depth: %d %s", resp.StatusCode, body)
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

package binancetest_test

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/adshao/go-binance/v2"
	"github.com/gorilla/websocket"

	"github.com/navarb/navarb/venues/binance/binancetest"
)

func TestMainRunner(t *testing.T) {
	t.Setenv("NAVARB_TEST_KEY", "env-key")
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	errc := make(chan error, 1)
	go func() {
		errc <- binancetest.Main(ctx, []string{
			"-addr", "127.0.0.1:0", "-symbols", "ETHUSDT,BTCUSDT:0.1:0.00001:10", "-futures-symbols", "ETHUSDT",
			"-api-key-env", "NAVARB_TEST_KEY", "-balances", "USDT=5000", "-liquidity", "ETHUSDT=3000,BTCUSDT=60000",
			"-levels", "3", "-depth-interval", "10ms",
		}, pw)
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("reading READY: %v", err)
	}
	go io.Copy(io.Discard, pr) //nolint:errcheck // drain
	fields := strings.Fields(line)
	if len(fields) != 7 || fields[0] != "READY" {
		t.Fatalf("READY line = %q", line)
	}
	urls := map[string]string{}
	for _, f := range fields[1:] {
		k, v, _ := strings.Cut(f, "=")
		urls[k] = v
	}
	for _, k := range []string{"rest", "ws", "combined", "fapi", "fws", "fcombined"} {
		if !strings.Contains(urls[k], "127.0.0.1:") {
			t.Errorf("%s = %q", k, urls[k])
		}
	}
	ws, _, err := websocket.DefaultDialer.Dial(urls["ws"]+"/btcusdt@depth@100ms", nil)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer ws.Close()

	c := binance.NewClient("env-key", binancetest.DemoSecretKey)
	c.BaseURL = urls["rest"]
	c.HTTPClient, _ = httpClient(t)
	dep, err := c.NewDepthService().Symbol("BTCUSDT").Do(ctx)
	if err != nil || len(dep.Bids) != 3 || dep.Bids[0].Price != "59999.90000000" {
		t.Fatalf("seeded depth = %+v, %v", dep, err)
	}
	if _, err := c.NewCreateOrderService().Symbol("BTCUSDT").Side(binance.SideTypeBuy).Type(binance.OrderTypeLimit).
		TimeInForce(binance.TimeInForceTypeGTC).Price("50000").Quantity("0.001").Do(ctx); err != nil {
		t.Fatalf("order with the env key: %v", err)
	}
	ws.SetReadDeadline(time.Now().Add(5 * time.Second)) //nolint:errcheck // checked by the read
	_, msg, err := ws.ReadMessage()
	if err != nil {
		t.Fatalf("depth event: %v", err)
	}
	var ev struct {
		Event string     `json:"e"`
		Time  int64      `json:"E"`
		Bids  [][]string `json:"b"`
	}
	if err := json.Unmarshal(msg, &ev); err != nil || ev.Event != "depthUpdate" || len(ev.Bids) != 1 || ev.Bids[0][0] != "50000.00000000" {
		t.Errorf("depth event = %s", msg)
	}
	cancel()
	if err := <-errc; err != nil {
		t.Errorf("Main: %v", err)
	}
}

func TestMainRunnerFlagErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-symbols", "ETHXYZ"},
		{"-balances", "USDT"},
		{"-liquidity", "DOGEUSDT=1"},
		{"-api-key-env", "NAVARB_UNSET_VARIABLE"},
		{"-nope"},
	} {
		if err := binancetest.Main(context.Background(), args, io.Discard); err == nil {
			t.Errorf("Main(%v) = nil, want an error", args)
		}
	}
}

package evm_test

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/evm"
)

func waitStatus(t *testing.T, events <-chan venues.Event, stale bool) *venues.VenueStatus {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case ev := <-events:
			if st, ok := ev.(*venues.VenueStatus); ok && st.Stale == stale {
				return st
			}
		case <-deadline:
			t.Fatalf("no VenueStatus{Stale: %v} within 10s", stale)
		}
	}
}

func TestClientFailoverStaleAndRecovery(t *testing.T) {
	ch := newChain(t, 0)
	a, b := newProxy(t, ch.rpc), newProxy(t, ch.rpc)
	const secretA, secretB = "SECRET-KEY-AAAA", "SECRET-KEY-BBBB"
	log, logs := testLogger(t)
	events := make(chan venues.Event, 16)
	c := newClient(t, log, events,
		evm.Endpoint{HTTP: a.url(secretA)}, evm.Endpoint{Name: "backup", HTTP: b.url(secretB)})
	ctx := context.Background()
	if err := c.Connect(ctx); err != nil {
		t.Fatal(err)
	}
	ch.b.Commit()

	// Healthy: the first endpoint serves calls.
	if _, err := c.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	if got := a.count("eth_blockNumber"); got != 1 {
		t.Fatalf("primary served %d eth_blockNumber, want 1", got)
	}

	// Primary dies: the call still succeeds, through the backup, with a log line
	// naming both endpoints.
	a.down.Store(true)
	got, err := c.BlockNumber(ctx)
	if err != nil || got != 1 {
		t.Fatalf("after failover: block %d, err %v; want 1, nil", got, err)
	}
	if got := b.count("eth_blockNumber"); got != 1 {
		t.Fatalf("backup served %d eth_blockNumber, want 1", got)
	}
	primary := evm.RedactURL(a.url(secretA))
	if !containsAll(logs.String(), "failing over to backup", primary) {
		t.Fatalf("no failover log line naming %s and backup in:\n%s", primary, logs)
	}

	// Run reports transitions from here on.
	runBG(t, c.Run)

	// Backup dies too: calls fail fast with ErrStale and the venue is reported stale.
	b.down.Store(true)
	_, err = c.BlockNumber(ctx)
	if !errors.Is(err, venues.ErrStale) {
		t.Fatalf("all down: err %v, want ErrStale", err)
	}
	st := waitStatus(t, events, true)
	if st.Venue != "testchain" || st.Reason == "" {
		t.Fatalf("stale status %+v: want venue testchain and a reason", st)
	}
	if !c.Stale() {
		t.Fatal("Stale() = false with every endpoint down")
	}
	if _, err := c.HeaderByNumber(ctx, nil); !errors.Is(err, venues.ErrStale) {
		t.Fatalf("stale header call: err %v, want ErrStale", err)
	}

	// The primary returns: the health check brings it back and the venue recovers.
	a.down.Store(false)
	waitStatus(t, events, false)
	if got, err := c.BlockNumber(ctx); err != nil || got != 1 {
		t.Fatalf("after recovery: block %d, err %v", got, err)
	}
	if c.Stale() {
		t.Fatal("Stale() = true after recovery")
	}

	// Secrets in the URLs never reach logs or errors.
	for _, s := range []string{secretA, secretB} {
		if strings.Contains(logs.String(), s) {
			t.Fatalf("log leaks %s:\n%s", s, logs)
		}
		if err != nil && strings.Contains(err.Error(), s) {
			t.Fatalf("error leaks %s: %v", s, err)
		}
	}
}

func TestClientErrorsNeverCarryURLSecrets(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + l.Addr().String() + "/v2/SECRET-IN-PATH?apikey=SECRET-IN-QUERY"
	l.Close()
	log, logs := testLogger(t)
	c := newClient(t, log, nil, evm.Endpoint{HTTP: dead})
	err = c.Connect(context.Background())
	if !errors.Is(err, venues.ErrStale) {
		t.Fatalf("connect to a closed port: err %v, want ErrStale", err)
	}
	_, callErr := c.BlockNumber(context.Background())
	for _, text := range []string{err.Error(), callErr.Error(), logs.String()} {
		if strings.Contains(text, "SECRET") {
			t.Fatalf("secret leaked: %s", text)
		}
	}
	if !strings.Contains(logs.String(), evm.RedactURL(dead)) {
		t.Fatalf("log does not name the endpoint %s:\n%s", evm.RedactURL(dead), logs)
	}
}

func TestClientClosedPortEndpointIsSkipped(t *testing.T) {
	ch := newChain(t, 0)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + l.Addr().String()
	l.Close()
	live := newProxy(t, ch.rpc)
	log, logs := testLogger(t)
	c := newClient(t, log, nil, evm.Endpoint{Name: "dead", HTTP: dead}, evm.Endpoint{Name: "live", HTTP: live.url("k")})
	if err := c.Connect(context.Background()); err != nil {
		t.Fatalf("connect with one live endpoint: %v", err)
	}
	if _, err := c.BlockNumber(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := live.count("eth_blockNumber"); got != 1 {
		t.Fatalf("live endpoint served %d calls, want 1", got)
	}
	if !containsAll(logs.String(), `"endpoint":"dead"`, "out of rotation") {
		t.Fatalf("no log line taking the dead endpoint out:\n%s", logs)
	}
}

func TestClientWrongChainIDNamesEndpoint(t *testing.T) {
	ch := newChain(t, 0)
	c, err := evm.NewClient(evm.ClientOptions{
		Venue: "mainnet", ChainID: 1, Endpoints: []evm.Endpoint{ch.endpoint("sim-node")},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	err = c.Connect(context.Background())
	if err == nil || !containsAll(err.Error(), "sim-node", "1337", "want 1") {
		t.Fatalf("connect to the wrong chain: err %v; want one naming sim-node and both ids", err)
	}
	if _, err := c.BlockNumber(context.Background()); !errors.Is(err, venues.ErrStale) {
		t.Fatalf("call after wrong chain id: err %v, want ErrStale (endpoint never used)", err)
	}
}

func TestClientLaggingEndpointLeavesRotation(t *testing.T) {
	ch := newChain(t, 0)
	lag, good := newProxy(t, ch.rpc), newProxy(t, ch.rpc)
	// The lagging node's head is stuck at block 1.
	lag.rewrite = func(method string, params []json.RawMessage, res json.RawMessage) json.RawMessage {
		if method == "eth_getBlockByNumber" && len(params) > 0 && string(params[0]) == `"latest"` {
			var out json.RawMessage
			if err := ch.rpc.Call(&out, "eth_getBlockByNumber", hexutil.EncodeUint64(1), false); err == nil {
				return out
			}
		}
		return res
	}
	ch.b.Commit()
	log, logs := testLogger(t)
	c := newClient(t, log, nil, evm.Endpoint{Name: "laggard", HTTP: lag.url("a")}, evm.Endpoint{Name: "good", HTTP: good.url("b")})
	if err := c.Connect(context.Background()); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		ch.b.Commit()
	}
	c.CheckHealth(context.Background())
	before := good.count("eth_chainId")
	if _, err := c.ChainID(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := good.count("eth_chainId") - before; got != 1 {
		t.Fatalf("calls to the good endpoint: %d, want 1 (the laggard is out)", got)
	}
	if !containsAll(logs.String(), "laggard", "lagging: head #1, best #6") {
		t.Fatalf("no lag log line:\n%s", logs)
	}
}

func TestClientOldHeadIsStale(t *testing.T) {
	ch := newChain(t, 0)
	ch.b.Commit()
	head, err := ch.b.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Unix(int64(head.Time), 0)
	for _, tc := range []struct {
		name  string
		age   time.Duration
		stale bool
	}{
		{"fresh", 30 * time.Second, false},
		{"old", 5 * time.Minute, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := evm.NewClient(evm.ClientOptions{
				Venue: "testchain", ChainID: simChainID, Endpoints: []evm.Endpoint{ch.endpoint("n")},
				MaxHeadAge: time.Minute, Now: func() time.Time { return now.Add(tc.age) },
			})
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			if err := c.Connect(context.Background()); err != nil {
				t.Fatal(err)
			}
			if got := c.Stale(); got != tc.stale {
				t.Fatalf("head %s old: Stale() = %v, want %v", tc.age, got, tc.stale)
			}
		})
	}
}

func TestRedactURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://eth-mainnet.g.alchemy.com/v2/abcdef", "https://eth-mainnet.g.alchemy.com/***"},
		{"https://user:pass@node.example:8545", "https://node.example:8545"},
		{"wss://node.example/ws?key=abc", "wss://node.example/***"},
		{"http://127.0.0.1:8545/", "http://127.0.0.1:8545"},
		{"not a url", "<unparsable url>"},
	} {
		if got := evm.RedactURL(tc.in); got != tc.want {
			t.Errorf("RedactURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

package binance_test

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance"
	"github.com/navarb/navarb/venues/binance/binancetest"
)

// syncBuffer is a log sink safe for the connector's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestSecretsNeverInLogsOrErrors: with debug logging, a wrong secret
// (every signed call fails), a ban and failing reconnects, neither the API
// key nor the secret shows up in a log line or an error.
func TestSecretsNeverInLogsOrErrors(t *testing.T) {
	const badSecret = "navarb-wrong-secret-93c1f0"
	var logs syncBuffer
	c := startConn(t, func(o *binance.Options) {
		o.Symbols = []string{restSym}
		o.SecretKey = badSecret
		o.Log = zerolog.New(&logs).Level(zerolog.DebugLevel)
	})
	c.waitFresh(t, restSym)
	var errs []string
	ctx := ctxTimeout(t, 5*time.Second)
	_, err := c.PlaceOrder(ctx, venues.OrderRequest{Symbol: restSym, Side: venues.Buy, Type: venues.Market, Qty: d("0.3"), PlanID: 901})
	if err == nil {
		t.Fatal("placement with a wrong secret succeeded")
	}
	errs = append(errs, err.Error())
	if _, err := c.Balances(ctx); err != nil {
		errs = append(errs, err.Error())
	}
	exchange.FailNext("/api/v3/openOrders", binancetest.Failure{Status: 418, Code: -1003, Msg: "banned", RetryAfter: time.Second})
	for range 2 {
		if _, err := c.OpenOrders(ctx, restSym); err != nil {
			errs = append(errs, err.Error())
		}
	}
	waitFor(t, "reconcile failures logged", 5*time.Second, func() bool { return strings.Contains(logs.String(), "user data stream down") })
	all := logs.String() + strings.Join(errs, "\n") + fmt.Sprintf("%v %+v %v", c.Client, c.Client, binance.Options{APIKey: testKey, SecretKey: testSecret})
	for _, secret := range []string{testKey, badSecret, testSecret} {
		if strings.Contains(all, secret) {
			t.Errorf("%q appears in logs or errors", secret)
		}
	}
	if len(errs) < 3 || !strings.Contains(all, "warn") {
		t.Errorf("too little to check: %d errors, %d bytes of logs", len(errs), len(logs.String()))
	}
}

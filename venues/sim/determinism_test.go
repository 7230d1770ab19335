package sim_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim"
)

type streamResult struct {
	hash     string
	events   int
	receipts int
	balances string
}

// tradedHour runs an hour of the default world with a simple trader that
// loops whenever the premium exceeds 50 bps, hashing every event's fields.
func tradedHour(t *testing.T, seed uint64) streamResult {
	t.Helper()
	o := sim.DefaultOptions()
	o.Seed = seed
	o.Duration = time.Hour
	o.Pool.InitialPremiumBps = 150
	m := mustNew(t, o)
	h := sha256.New()
	var res streamResult
	var v view
	var id uint64
	inFlight := false
	mustRun(t, m, func(ev venues.Event) {
		res.events++
		fmt.Fprintf(h, "%T %+v\n", ev, ev)
		v.update(ev)
		switch ev.(type) {
		case *venues.TxReceipt:
			res.receipts++
			inFlight = false
		case *venues.IssuerUpdate:
			prem := v.premium()
			if inFlight || math.Abs(prem) < 0.005 {
				return
			}
			id++
			p := plan(o, id, venues.BuyRedeem)
			p.QuoteAmount = 5000
			if prem > 0 {
				p.Kind = venues.MintSell
				p.Size = 5000 / v.nav
			}
			p.MinNetUSD = 0
			if err := m.Submit(context.Background(), p); err != nil {
				t.Fatalf("Submit: %v", err)
			}
			inFlight = true
		}
	})
	res.hash = hex.EncodeToString(h.Sum(nil))
	res.balances = fmt.Sprint(m.Balances())
	return res
}

func TestSameSeedSameStream(t *testing.T) {
	a, b := tradedHour(t, 7), tradedHour(t, 7)
	if a.receipts == 0 {
		t.Fatal("no receipts: the trader never traded, the test proves little")
	}
	if a.hash != b.hash || a.events != b.events {
		t.Errorf("same seed: streams differ: %s (%d events) vs %s (%d events)", a.hash, a.events, b.hash, b.events)
	}
	if a.balances != b.balances {
		t.Errorf("same seed: balances differ: %s vs %s", a.balances, b.balances)
	}
	c := tradedHour(t, 8)
	if c.hash == a.hash {
		t.Errorf("different seeds gave the same stream %s", a.hash)
	}
	if c.balances == a.balances {
		t.Errorf("different seeds gave the same balances %s", a.balances)
	}
}

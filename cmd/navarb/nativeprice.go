package main

import (
	"sync"

	"github.com/rs/zerolog"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/venues"
)

// nativePrices keeps the mid of the order books that price the chains'
// native assets (chains.<name>.native_usd_book). The engine loop observes
// every book update; the venue and executor goroutines read.
type nativePrices struct {
	log  zerolog.Logger
	mu   sync.Mutex
	mids map[string]decimal.Decimal
}

func newNativePrices(log zerolog.Logger) *nativePrices {
	return &nativePrices{log: log, mids: map[string]decimal.Decimal{}}
}

// observe records a fresh book's mid if some chain prices from it.
func (n *nativePrices) observe(ev venues.Event) {
	b, ok := ev.(*venues.BookUpdate)
	if !ok {
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if _, wanted := n.mids[b.Symbol]; !wanted {
		return
	}
	had := n.mids[b.Symbol].IsPositive()
	if mid := b.Mid(); mid > 0 && !b.Stale {
		n.mids[b.Symbol] = decimal.NewFromFloat(mid)
		if !had {
			n.log.Info().Str("symbol", b.Symbol).Float64("mid", mid).Msg("native price from book")
		}
	} else {
		// A stale or one-sided book: back to the fixed price.
		n.mids[b.Symbol] = decimal.Zero
		if had {
			n.log.Warn().Str("symbol", b.Symbol).Msg("native price book stale: fixed native_usd until it recovers")
		}
	}
}

// source is a chain's native USD price: the book's mid once it has one,
// else fallback.
func (n *nativePrices) source(book string, fallback decimal.Decimal) func() decimal.Decimal {
	if book == "" {
		return func() decimal.Decimal { return fallback }
	}
	n.mu.Lock()
	n.mids[book] = decimal.Zero
	n.mu.Unlock()
	return func() decimal.Decimal {
		n.mu.Lock()
		defer n.mu.Unlock()
		if m := n.mids[book]; m.IsPositive() {
			return m
		}
		return fallback
	}
}

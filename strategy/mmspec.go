package strategy

import (
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/strategy/mm"
)

// MMSpec configures market making on one token's own order book.
type MMSpec struct {
	// Venue and Book name the token's order book (as in BookUpdate).
	Venue, Book string
	// Quote is the book's quote asset (USD stablecoin).
	Quote  string
	Params mm.Params
	// Tick and Lot are Params.Tick and Params.Lot exactly, from the
	// venue's filters: order prices and sizes are whole multiples.
	Tick, Lot decimal.Decimal
	// ClientPrefix starts our client order ids (letters and digits, at
	// most 8); the rest is the run's start time and a counter, so a new
	// run never reuses an id of an old one.
	ClientPrefix string
	// VolHalfLife is the half-life of the fair value's EWMA variance;
	// VolInitial (annualised) is the volatility assumed before it has
	// VolHalfLife of data, and the least ever used.
	VolHalfLife time.Duration
	VolInitial  float64
	// FlattenCooldown is the least time between two flattening actions.
	FlattenCooldown time.Duration
	// MintRedeem allows flattening through the issuer (plan kinds
	// venues.Mint and venues.Redeem, sent to the Executor) with these gas
	// units.
	MintRedeem                   bool
	GasUnitsMint, GasUnitsRedeem uint64
	// Hedge, if set, allows hedging the underlying on an order book.
	Hedge *HedgeSpec
}

// HedgeSpec is where inventory may be hedged: the underlying's spot book
// or USD-M perpetual, through Options.HedgeOrders with market orders.
type HedgeSpec struct {
	// Venue and Symbol name the hedge book; Base is its base asset (the
	// underlying), whose balance bounds what a spot hedge may sell.
	Venue, Symbol, Base string
	Perp                bool
	TakerFeeBps         float64
	// Lot is the hedge quantity increment (Params.HedgeLot exactly).
	Lot decimal.Decimal
}

func (s *MMSpec) validate(token string) error {
	var errs []error
	bad := func(f string, args ...any) { errs = append(errs, fmt.Errorf(f, args...)) }
	if s.Venue == "" || s.Book == "" || s.Quote == "" {
		bad("venue, book and quote are required")
	}
	if err := s.Params.Validate(); err != nil {
		errs = append(errs, err)
	}
	if !s.Tick.IsPositive() || s.Tick.InexactFloat64() != s.Params.Tick {
		bad("tick %s must be > 0 and equal params tick %v", s.Tick, s.Params.Tick)
	}
	if !s.Lot.IsPositive() || s.Lot.InexactFloat64() != s.Params.Lot {
		bad("lot %s must be > 0 and equal params lot %v", s.Lot, s.Params.Lot)
	}
	if n := len(s.ClientPrefix); n == 0 || n > 8 || !alnum(s.ClientPrefix) {
		bad("client prefix %q must be 1-8 letters or digits", s.ClientPrefix)
	}
	if s.VolHalfLife <= 0 || !(s.VolInitial > 0) {
		bad("vol half-life %v and initial vol %v must be > 0", s.VolHalfLife, s.VolInitial)
	}
	if s.FlattenCooldown < 0 {
		bad("flatten cooldown %v must be >= 0", s.FlattenCooldown)
	}
	if s.MintRedeem && (s.GasUnitsMint == 0 || s.GasUnitsRedeem == 0) {
		bad("mint/redeem flattening needs gas units")
	}
	if h := s.Hedge; h != nil && (h.Venue == "" || h.Symbol == "" || !(h.TakerFeeBps >= 0) || !h.Lot.IsPositive()) {
		bad("hedge needs venue, symbol, a lot > 0 and a taker fee >= 0")
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("strategy: token %s: mm: %w", token, err)
	}
	return nil
}

func alnum(s string) bool {
	for i := range len(s) {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

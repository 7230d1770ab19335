package risk

import (
	"fmt"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/navarb/navarb/venues"
	"github.com/shopspring/decimal"
)

type fillKey struct {
	planID     uint64
	leg        int
	venue      string
	instrument string
	trade      string
}

type receiptKey struct {
	planID uint64
	txHash string
}

// Ledger is the exact in-memory journal and balance sheet. Balances move
// only through fills and receipts, in decimal, so they never drift. It is
// safe for concurrent use. (A SQLite-backed store will sit behind the same
// methods.)
type Ledger struct {
	mu         sync.Mutex
	balances   map[string]decimal.Decimal
	entries    []Entry
	fills      map[fillKey]struct{}
	receipts   map[receiptKey]struct{}
	duplicates uint64
}

// NewLedger starts a ledger with the given balances (copied).
func NewLedger(initial map[string]decimal.Decimal) *Ledger {
	l := &Ledger{
		balances: make(map[string]decimal.Decimal, len(initial)),
		fills:    make(map[fillKey]struct{}),
		receipts: make(map[receiptKey]struct{}),
	}
	for a, v := range initial {
		l.balances[a] = v
	}
	return l
}

// RecordIntent journals a plan before anything is sent. It moves no balance.
func (l *Ledger) RecordIntent(p *venues.Plan, now time.Time) {
	if p == nil {
		return
	}
	cp := *p
	l.mu.Lock()
	defer l.mu.Unlock()
	l.append(Entry{Kind: EntryIntent, PlanID: p.ID, Time: now, Ref: p.Kind.String() + " " + p.Token, Plan: &cp})
}

// RecordFill applies a fill's BaseDelta and QuoteDelta. A fill already
// recorded (same PlanID, Leg, Venue, Instrument and TradeID) is ignored and
// counted.
func (l *Ledger) RecordFill(f *venues.Fill) {
	if f == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.recordFill(f)
}

func (l *Ledger) recordFill(f *venues.Fill) {
	k := fillKey{planID: f.PlanID, leg: f.Leg, venue: f.Venue, instrument: f.Instrument, trade: f.TradeID}
	if _, dup := l.fills[k]; dup {
		l.duplicates++
		return
	}
	l.fills[k] = struct{}{}
	deltas := mergeDeltas(Delta{f.Base, f.BaseDelta}, Delta{f.Quote, f.QuoteDelta})
	l.apply(deltas)
	l.append(Entry{
		Kind: EntryFill, PlanID: f.PlanID, Time: f.Time,
		Ref:    f.Venue + "/" + f.Instrument + "/" + strconv.Itoa(f.Leg),
		Deltas: deltas, CostUSD: f.FeeUSD,
	})
}

// RecordReceipt debits the gas (GasNative in NativeAsset) and applies the
// receipt's fills (a fill without a PlanID takes the receipt's). A receipt
// already recorded (same PlanID and TxHash) is ignored and counted, and so
// is each of its fills already recorded on its own.
func (l *Ledger) RecordReceipt(r *venues.TxReceipt) {
	if r == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	k := receiptKey{planID: r.PlanID, txHash: r.TxHash}
	if _, dup := l.receipts[k]; dup {
		l.duplicates++
		return
	}
	l.receipts[k] = struct{}{}
	var deltas []Delta
	if !r.GasNative.IsZero() {
		deltas = []Delta{{Asset: r.NativeAsset, Amount: r.GasNative.Neg()}}
	}
	l.apply(deltas)
	l.append(Entry{
		Kind: EntryReceipt, PlanID: r.PlanID, Time: r.Time,
		Ref: r.TxHash, Deltas: deltas, CostUSD: r.GasUSD,
	})
	for i := range r.Fills {
		f := r.Fills[i]
		if f.PlanID == 0 {
			f.PlanID = r.PlanID
		}
		l.recordFill(&f)
	}
}

func mergeDeltas(a, b Delta) []Delta {
	if a.Asset == b.Asset {
		return []Delta{{Asset: a.Asset, Amount: a.Amount.Add(b.Amount)}}
	}
	return []Delta{a, b}
}

func (l *Ledger) apply(ds []Delta) {
	for _, d := range ds {
		l.balances[d.Asset] = l.balances[d.Asset].Add(d.Amount)
	}
}

func (l *Ledger) append(e Entry) {
	e.Seq = uint64(len(l.entries)) + 1
	l.entries = append(l.entries, e)
}

// Balance returns an asset's balance (zero if never seen).
func (l *Ledger) Balance(asset string) decimal.Decimal {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.balances[asset]
}

// Balances returns a copy of all balances.
func (l *Ledger) Balances() map[string]decimal.Decimal {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make(map[string]decimal.Decimal, len(l.balances))
	for a, v := range l.balances {
		out[a] = v
	}
	return out
}

// Entries returns a copy of the journal, in recording order.
func (l *Ledger) Entries() []Entry {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]Entry, len(l.entries))
	for i, e := range l.entries {
		out[i] = e.clone()
	}
	return out
}

// Duplicates returns how many duplicate fills and receipts were ignored.
func (l *Ledger) Duplicates() uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.duplicates
}

// Value returns the USD value of all balances at the given prices (USD per
// unit). Assets with a non-zero balance and no price are an error.
func (l *Ledger) Value(pricesUSD map[string]decimal.Decimal) (decimal.Decimal, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	total := decimal.Zero
	var missing []string
	for a, v := range l.balances {
		if v.IsZero() {
			continue
		}
		p, ok := pricesUSD[a]
		if !ok {
			missing = append(missing, a)
			continue
		}
		total = total.Add(v.Mul(p))
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		return total, fmt.Errorf("risk: ledger value: no price for %v", missing)
	}
	return total, nil
}

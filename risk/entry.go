package risk

import (
	"time"

	"github.com/navarb/navarb/venues"
	"github.com/shopspring/decimal"
)

// EntryKind is the kind of a journal entry.
type EntryKind uint8

// Journal entry kinds.
const (
	EntryIntent  EntryKind = iota + 1 // a plan about to be sent
	EntryFill                         // an executed leg
	EntryReceipt                      // a mined (or dropped) transaction: its gas
)

func (k EntryKind) String() string {
	switch k {
	case EntryIntent:
		return "intent"
	case EntryFill:
		return "fill"
	case EntryReceipt:
		return "receipt"
	}
	return "unknown"
}

// Delta is a signed change to one asset's balance.
type Delta struct {
	Asset  string
	Amount decimal.Decimal
}

// Entry is one journal line.
type Entry struct {
	Seq    uint64 // 1, 2, 3, ... in recording order
	Kind   EntryKind
	PlanID uint64
	Time   time.Time
	// Ref identifies what was recorded: "venue/instrument/leg" for a fill,
	// the tx hash for a receipt, "kind token" for an intent.
	Ref string
	// Plan is a copy of the plan, for intents only.
	Plan *venues.Plan
	// Deltas are the balance changes the entry applied (none for intents).
	Deltas []Delta
	// CostUSD is the fee (fill) or gas (receipt) valued in USD.
	CostUSD decimal.Decimal
}

func (e Entry) clone() Entry {
	if e.Plan != nil {
		p := *e.Plan
		e.Plan = &p
	}
	e.Deltas = append([]Delta(nil), e.Deltas...)
	return e
}

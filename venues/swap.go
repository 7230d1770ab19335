package venues

import (
	"time"

	"github.com/shopspring/decimal"
)

// Swap is someone else's trade on a pool, as the exact changes it made to
// the pool's reserves: the positive delta is what the trader paid in, the
// negative one what the pool paid out. A replay re-executes a swap by its
// input amount against the pool's current state, so trades of ours placed
// before it change what it gets out.
type Swap struct {
	Time       time.Time
	Venue      string // "uniswapv2", "sim"
	Pool       string // "ETH2X-USDC"
	BaseDelta  decimal.Decimal
	QuoteDelta decimal.Decimal
	Block      uint64
}

// EventTime implements Event.
func (e *Swap) EventTime() time.Time { return e.Time }

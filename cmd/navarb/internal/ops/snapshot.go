package ops

import "time"

// Snapshot is the state the run loop publishes: everything metrics and
// readiness report that is not recorded as it happens.
type Snapshot struct {
	Time time.Time
	// PremiumBps is each token's market price over its issuer NAV, in bps.
	PremiumBps map[string]float64
	// Loops counts settled loops by kind ("mint_sell") and outcome
	// ("success", "reverted").
	Loops map[LoopKey]uint64
	// NetPnLUSD is the strategy's net PnL; GasUSD and FeesUSD what it paid.
	NetPnLUSD, GasUSD, FeesUSD, VolumeUSD float64
	// Denials counts risk denials by reason ("stale_book").
	Denials map[string]uint64
	// Data is the age of each book, pool and NAV source.
	Data []DataAge
	// Engine counters.
	Events, Opportunities, Submitted, SubmitErrors uint64
	// Killed is the kill switch; KillReason why it tripped.
	Killed     bool
	KillReason string
}

// LoopKey labels a loop count.
type LoopKey struct{ Kind, Outcome string }

// DataAge is how old one data source is and whether it is stale (older than
// its limit, or flagged by its venue).
type DataAge struct {
	Kind  string // "book", "pool", "nav"
	Venue string // venue, or the token for a NAV
	Name  string // book symbol, pool name or NAV source
	Age   time.Duration
	Stale bool
}

// Label is "kind venue/name", for messages and readiness reasons.
func (d DataAge) Label() string { return d.Kind + " " + d.Venue + "/" + d.Name }

// NotReady lists why the bot should not be trading on s: the kill switch
// and every stale data source. Empty means ready.
func (s *Snapshot) NotReady() []string {
	var out []string
	if s.Time.IsZero() {
		return []string{"no market data yet"}
	}
	if s.Killed {
		out = append(out, "kill switch: "+s.KillReason)
	}
	for _, d := range s.Data {
		if d.Stale {
			out = append(out, "stale "+d.Label()+" (age "+d.Age.Round(time.Millisecond).String()+")")
		}
	}
	return out
}

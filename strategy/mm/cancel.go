package mm

import "time"

// CancelReason says why every quote must be cancelled.
type CancelReason uint8

// Cancel-all reasons, most severe first (CancelAllReason reports the first
// that applies).
const (
	// NoCancel: quoting may go on.
	NoCancel CancelReason = iota
	// CancelShutdown: the process is stopping.
	CancelShutdown
	// CancelKillSwitch: the risk gate's kill switch tripped.
	CancelKillSwitch
	// CancelStartup: orders left by a previous run, before the first quote.
	CancelStartup
	// CancelDisconnect: the venue connection is down.
	CancelDisconnect
	// CancelStaleData: the fair value or the token's book is too old or
	// flagged stale.
	CancelStaleData
	// CancelBadData: the snapshot cannot be quoted (Ladder said !ok).
	CancelBadData
)

func (r CancelReason) String() string {
	switch r {
	case NoCancel:
		return "none"
	case CancelShutdown:
		return "shutdown"
	case CancelKillSwitch:
		return "kill_switch"
	case CancelStartup:
		return "startup"
	case CancelDisconnect:
		return "disconnect"
	case CancelStaleData:
		return "stale_data"
	case CancelBadData:
		return "bad_data"
	}
	return "unknown"
}

// Status is the engine's view of what quoting depends on.
type Status struct {
	ShuttingDown, Killed bool
	// Starting is true until the orders of a previous run are cancelled.
	Starting     bool
	Disconnected bool
	// Stale is a venue's own stale flag (venues.VenueStatus, BookUpdate).
	Stale bool
	// FairAt and BookAt are when the fair value (the underlying's mid) and
	// the token's book were last updated; zero means never.
	FairAt, BookAt time.Time
}

// CancelAllReason returns why every resting quote must be cancelled now, or
// NoCancel. Data older than p.MaxDataAge (or never seen, or dated in the
// future by more than MaxDataAge, a clock fault) is stale. On any reason
// other than NoCancel the engine cancels all open orders on the symbol (one
// cancel-all request, outside the action budget: safety is not rate limited)
// and places nothing.
func CancelAllReason(s *Status, p *Params, now time.Time) CancelReason {
	switch {
	case s.ShuttingDown:
		return CancelShutdown
	case s.Killed:
		return CancelKillSwitch
	case s.Starting:
		return CancelStartup
	case s.Disconnected:
		return CancelDisconnect
	case s.Stale || tooOld(s.FairAt, p.MaxDataAge, now) || tooOld(s.BookAt, p.MaxDataAge, now):
		return CancelStaleData
	}
	return NoCancel
}

func tooOld(at time.Time, maxAge time.Duration, now time.Time) bool {
	if at.IsZero() {
		return true
	}
	age := now.Sub(at)
	return age > maxAge || age < -maxAge
}

// CancelAll appends a Cancel for every resting order to dst[:0].
func CancelAll(resting []Resting, dst []Action) []Action {
	dst = dst[:0]
	for i := range resting {
		dst = append(dst, Action{Kind: Cancel, Side: resting[i].Side, Resting: i, Desired: -1})
	}
	return dst
}

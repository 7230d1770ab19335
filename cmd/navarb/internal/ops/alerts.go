package ops

import (
	"fmt"
	"sort"
)

// Alert is one notification: kill switch, loop failures, stale venues.
type Alert struct {
	Kind string // "kill_switch", "loop_failed", "stale", "recovered"
	Text string
}

// Notifier sends alerts; it must not block (a webhook notifier queues).
type Notifier interface {
	Notify(a Alert)
}

// Alerts turns successive snapshots into alerts on changes: the kill
// switch tripping, loops newly reverted or failing to submit, and data
// sources going stale or recovering. It is owned by the run loop.
type Alerts struct {
	n        Notifier
	killed   bool
	failures uint64
	stale    map[string]bool
}

// NewAlerts builds an alert watcher; a nil notifier sends nothing.
func NewAlerts(n Notifier) *Alerts { return &Alerts{n: n, stale: map[string]bool{}} }

// Update compares s with the previous snapshot and notifies what changed.
func (a *Alerts) Update(s *Snapshot) {
	if a.n == nil {
		return
	}
	if s.Killed && !a.killed {
		a.n.Notify(Alert{Kind: "kill_switch", Text: "kill switch tripped: " + s.KillReason})
	}
	a.killed = s.Killed
	var failed uint64
	for k, n := range s.Loops {
		if k.Outcome != "success" {
			failed += n
		}
	}
	failed += s.SubmitErrors
	if failed > a.failures {
		a.n.Notify(Alert{Kind: "loop_failed", Text: fmt.Sprintf("%d loop(s) failed (reverted, dropped or not submitted); %d in all", failed-a.failures, failed)})
	}
	a.failures = failed
	var went, back []string
	now := map[string]bool{}
	for _, d := range s.Data {
		if d.Stale {
			now[d.Label()] = true
			if !a.stale[d.Label()] {
				went = append(went, d.Label())
			}
		}
	}
	for l := range a.stale {
		if !now[l] {
			back = append(back, l)
		}
	}
	a.stale = now
	sort.Strings(went)
	sort.Strings(back)
	for _, l := range went {
		a.n.Notify(Alert{Kind: "stale", Text: "stale: " + l})
	}
	for _, l := range back {
		a.n.Notify(Alert{Kind: "recovered", Text: "fresh again: " + l})
	}
}

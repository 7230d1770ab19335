package backtest

import (
	"github.com/navarb/navarb/strategy"
)

// Report builds the run report (the same as `navarb run`'s) for a replay
// of s; the caller adds the reference with SetReference.
func (res *Result) Report(s *Stream, o *Options) strategy.Report {
	rep := strategy.NewReport(res.Results, res.Counters, res.Denials)
	rep.Mode, rep.Seed = "backtest", s.Header.Seed
	rep.Start, rep.End, rep.Complete = res.Start, res.End, res.Complete
	rep.Events = uint64(s.Len())
	rep.Balances = map[string]string{}
	for asset, amt := range res.Balances {
		rep.Balances[asset] = amt.String()
	}
	skipped := map[string]uint64{}
	for k, v := range s.Skipped {
		skipped[k] = v
	}
	rep.Replay = &strategy.ReplayStats{
		Lines: s.Lines, Events: uint64(s.Len()), SkippedTypes: skipped,
		Latency: o.LatencyTable(), Unsettled: res.Unsettled,
	}
	return rep
}

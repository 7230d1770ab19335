package backtest

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/navarb/navarb/strategy"
)

// SweepOptions configure a sweep.
type SweepOptions struct {
	// Workers run points in parallel (default 1).
	Workers int
	// Options returns the replay options of point i (the caller applies the
	// point's settings to its config). Called once per point, from workers.
	Options   func(i int) (Options, error)
	Objective Objective
	// Progress, if set, is called after each point with the number done
	// (from the worker that finished it; calls may run concurrently).
	Progress func(done, total int)
}

// PointResult is one point's outcome.
type PointResult struct {
	Point     Point
	Objective float64
	Results   strategy.Results
	Counters  strategy.Counters
	Denied    uint64
	// Capture is our net over the reference's (CaptureOK false when the
	// reference made no profit).
	Capture   float64
	CaptureOK bool
	Err       error
}

// Sweep replays s once per point, Workers at a time, sharing the decoded
// stream. The reference arbitrageur runs once per distinct
// Options.ReferenceKey. Results come back in point order; a point whose
// replay failed carries its error. ctx cancels the sweep: the points not
// finished carry ctx's error, and so does the returned error.
func Sweep(ctx context.Context, s *Stream, points []Point, o SweepOptions) ([]PointResult, error) {
	if o.Options == nil {
		return nil, fmt.Errorf("sweep: Options is required")
	}
	workers := max(o.Workers, 1)
	results := make([]PointResult, len(points))
	ran := make([]bool, len(points))
	refs := &refCache{m: map[string]*refEntry{}}
	var next, done atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(points) || ctx.Err() != nil {
					return
				}
				results[i], ran[i] = runPoint(ctx, s, points[i], i, &o, refs), true
				n := int(done.Add(1))
				if o.Progress != nil {
					o.Progress(n, len(points))
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		for i := range results {
			if !ran[i] {
				results[i] = PointResult{Point: points[i], Objective: math.Inf(-1), Err: err}
			}
		}
		return results, fmt.Errorf("sweep: %w", err)
	}
	return results, nil
}

func runPoint(ctx context.Context, s *Stream, p Point, i int, o *SweepOptions, refs *refCache) PointResult {
	pr := PointResult{Point: p, Objective: math.Inf(-1)}
	opts, err := o.Options(i)
	if err != nil {
		pr.Err = err
		return pr
	}
	opts.Series = false
	res, err := Run(ctx, s, opts)
	if err != nil {
		pr.Err = err
		return pr
	}
	ref, err := refs.get(ctx, s, opts)
	if err != nil {
		pr.Err = fmt.Errorf("reference: %w", err)
		return pr
	}
	pr.Results, pr.Counters = res.Results, res.Counters
	for _, n := range res.Denials {
		pr.Denied += n
	}
	pr.Objective = o.Objective.Value(&res.Results)
	pr.Capture, pr.CaptureOK = CaptureRatio(&res.Results, ref)
	pr.Results.Equity, pr.Results.Hourly = nil, nil // not needed; keep the sweep small
	return pr
}

type refCache struct {
	mu sync.Mutex
	m  map[string]*refEntry
}

type refEntry struct {
	once sync.Once
	res  strategy.Results
	err  error
}

func (c *refCache) get(ctx context.Context, s *Stream, o Options) (*strategy.Results, error) {
	key := o.ReferenceKey()
	c.mu.Lock()
	e := c.m[key]
	if e == nil {
		e = &refEntry{}
		c.m[key] = e
	}
	c.mu.Unlock()
	e.once.Do(func() { e.res, e.err = RunReference(ctx, s, o) })
	return &e.res, e.err
}

// Rank orders results best first by objective (failed points last), ties
// by point index: the same results always rank the same way.
func Rank(results []PointResult) []PointResult {
	out := append([]PointResult(nil), results...)
	sort.SliceStable(out, func(a, b int) bool {
		ra, rb := &out[a], &out[b]
		if (ra.Err == nil) != (rb.Err == nil) {
			return ra.Err == nil
		}
		if ra.Objective != rb.Objective {
			return ra.Objective > rb.Objective
		}
		return ra.Point.Index < rb.Point.Index
	})
	return out
}

// WriteSweepCSV writes ranked results: rank, point, objective, the swept
// keys, then the run's figures.
func WriteSweepCSV(w io.Writer, ranked []PointResult, objective Objective) error {
	cw := csv.NewWriter(w)
	var keys []string
	if len(ranked) > 0 {
		for _, s := range ranked[0].Point.Settings {
			keys = append(keys, s.Key)
		}
	}
	header := append([]string{"rank", "point", "objective_" + string(objective)}, keys...)
	header = append(header, "net_pnl_usd", "sharpe", "max_drawdown_usd", "pnl_over_drawdown", "capture_ratio",
		"loops", "loops_reverted", "gas_usd", "fees_usd", "volume_usd", "risk_denials", "error")
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("sweep csv: %w", err)
	}
	f := func(x float64, prec int) string {
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return ""
		}
		return strconv.FormatFloat(x, 'f', prec, 64)
	}
	for rank, r := range ranked {
		rec := []string{strconv.Itoa(rank + 1), strconv.Itoa(r.Point.Index), f(r.Objective, 6)}
		for _, s := range r.Point.Settings {
			rec = append(rec, s.Value)
		}
		if r.Err != nil {
			rec = append(rec, "", "", "", "", "", "", "", "", "", "", "", r.Err.Error())
		} else {
			res := &r.Results
			capture := ""
			if r.CaptureOK {
				capture = f(r.Capture, 4)
			}
			var loops, reverted int
			for k := range res.Loops {
				loops += res.Loops[k]
				reverted += res.Reverted[k]
			}
			rec = append(rec, res.NetPnLUSD.StringFixed(6), f(res.Sharpe, 4), res.MaxDrawdownUSD.StringFixed(6),
				f(PnLOverDrawdown(res), 6), capture, strconv.Itoa(loops), strconv.Itoa(reverted),
				res.GasUSD.StringFixed(6), res.FeesUSD.StringFixed(6), res.VolumeUSD.StringFixed(6),
				strconv.FormatUint(r.Denied, 10), "")
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("sweep csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("sweep csv: %w", err)
	}
	return nil
}

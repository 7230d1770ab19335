package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/cmd/navarb/internal/config"
	"github.com/navarb/navarb/strategy/backtest"
)

// cmdSweep backtests every point of a grid (or a seeded random sample)
// across cores, decoding the event stream once, and writes the results
// ranked by the objective.
func cmdSweep(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f commonFlags
	var events, gridPath, objective, out string
	var workers, random, top int
	var seed int64
	fs := newFlagSet("sweep", stderr, &f)
	fs.StringVar(&events, "events", "", "recorded events (JSON Lines, gzip'd or not)")
	fs.StringVar(&gridPath, "grid", "", "grid file: config paths to lists or ranges (see README)")
	fs.StringVar(&objective, "objective", string(backtest.ObjNetPnL), "rank by net_pnl, sharpe or pnl_over_drawdown")
	fs.StringVar(&out, "out", "sweep.csv", "results CSV, ranked by the objective")
	fs.IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "points replayed in parallel")
	fs.IntVar(&random, "random", 0, "random search with this many points (overrides the grid file's [sweep])")
	fs.Int64Var(&seed, "seed", 0, "random search seed (overrides the grid file's [sweep] seed)")
	fs.IntVar(&top, "top", 10, "print the best N points")
	if err := parse(fs, args); err != nil {
		return err
	}
	if events == "" || gridPath == "" {
		return usageError{errors.New("-events and -grid are required")}
	}
	obj, err := backtest.ParseObjective(objective)
	if err != nil {
		return usageError{fmt.Errorf("-objective: %w", err)}
	}
	if workers < 1 {
		return usageError{fmt.Errorf("-workers %d: want >= 1", workers)}
	}
	if err := checkWritable(out); err != nil {
		return usageError{fmt.Errorf("-out: %w", err)}
	}
	_, log, err := f.setup(stderr) // validates the base config before any point runs
	if err != nil {
		return err
	}
	grid, err := loadGrid(gridPath)
	if err != nil {
		return usageError{err}
	}
	if random > 0 {
		grid.random = random
	}
	if seed != 0 {
		grid.seed = uint64(seed)
	}
	var points []backtest.Point
	if grid.random > 0 {
		points, err = backtest.Random(grid.dims, grid.random, grid.seed)
	} else {
		points, err = backtest.Grid(grid.dims)
	}
	if err != nil {
		return usageError{err}
	}
	started := time.Now()
	opts, err := pointOptions(&f, points)
	if err != nil {
		return err
	}
	var depth []string
	for i := range opts {
		depth = append(depth, depthBooks(&opts[i])...)
	}
	s, err := backtest.DecodeFile(events, backtest.DecodeOptions{DepthBooks: depth})
	if err != nil {
		return usageError{err}
	}
	log.Info().Int("points", len(points)).Int("workers", workers).Int("events", s.Len()).
		Dur("decode", time.Since(started).Round(time.Millisecond)).Msg("sweep starting")
	// Replays allocate little but share a large, long-lived stream: collect
	// garbage less often.
	defer debug.SetGCPercent(debug.SetGCPercent(200))
	prog := newProgress(stderr)
	results, sweepErr := backtest.Sweep(ctx, s, points, backtest.SweepOptions{
		Workers:   workers,
		Options:   func(i int) (backtest.Options, error) { return opts[i], nil },
		Objective: obj,
		Progress:  prog.update,
	})
	if sweepErr != nil && !errors.Is(sweepErr, context.Canceled) {
		return sweepErr
	}
	ranked := backtest.Rank(results)
	if err := writeFileAtomic(out, func(w io.Writer) error { return backtest.WriteSweepCSV(w, ranked, obj) }); err != nil {
		return fmt.Errorf("-out: %w", err)
	}
	failed := 0
	for _, r := range results {
		if r.Err != nil {
			failed++
		}
	}
	status := ""
	if sweepErr != nil {
		status = " (INTERRUPTED: unfinished points are listed last as failed)"
	}
	fmt.Fprintf(stdout, "sweep: %d points over %d events in %s, %d failed; ranked by %s in %s%s\n",
		len(points), s.Len(), time.Since(started).Round(10*time.Millisecond), failed, obj, out, status)
	for i, r := range ranked[:min(top, len(ranked))] {
		if r.Err != nil {
			fmt.Fprintf(stdout, "  %2d. point %d: error: %v\n", i+1, r.Point.Index, r.Err)
			continue
		}
		capture := "n/a"
		if r.CaptureOK {
			capture = strconv.FormatFloat(r.Capture, 'f', 3, 64)
		}
		fmt.Fprintf(stdout, "  %2d. %s=%.4f net=%s capture=%s  %s\n", i+1, obj, r.Objective,
			r.Results.NetPnLUSD.StringFixed(2), capture, r.Point)
	}
	return nil
}

// pointOptions loads the config once per point (the -set flags, then the
// point's settings) and converts it; a bad point is a usage error naming it.
func pointOptions(f *commonFlags, points []backtest.Point) ([]backtest.Options, error) {
	opts := make([]backtest.Options, len(points))
	for i, p := range points {
		sets := append([]string(nil), f.sets...)
		for _, s := range p.Settings {
			sets = append(sets, s.Key+"="+s.Value)
		}
		cfg, err := config.Load(f.configPath, sets)
		if err != nil {
			return nil, usageError{fmt.Errorf("point %d (%s): %w", p.Index, p, err)}
		}
		if opts[i], err = backtestOptions(cfg, zerolog.Nop()); err != nil {
			return nil, usageError{fmt.Errorf("point %d (%s): %w", p.Index, p, err)}
		}
	}
	return opts, nil
}

package main

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/strategy/backtest"
	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/sim"
)

// cmdRecord writes what the configured venues see, in the recorded event
// format. In sim mode that is the simulated market with no strategy
// trading: every book, NAV, gas and issuer update, and each pool's state
// once, at the start, followed by the swaps that move it.
func cmdRecord(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f commonFlags
	var out string
	fs := newFlagSet("record", stderr, &f)
	fs.StringVar(&out, "out", "", "output file (JSON Lines; gzip'd if it ends in .gz)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if out == "" {
		return usageError{errors.New("-out is required")}
	}
	if err := checkWritable(out); err != nil {
		return usageError{fmt.Errorf("-out: %w", err)}
	}
	cfg, log, err := f.setup(stderr)
	if err != nil {
		return err
	}
	if cfg.Mode != "sim" {
		return usageError{fmt.Errorf("record: mode %q is not supported by this build", cfg.Mode)}
	}
	opts := cfg.SimOptions()
	opts.EmitSwaps = true
	mkt, err := sim.New(opts)
	if err != nil {
		return usageError{err}
	}
	started := time.Now()
	var counts map[string]uint64
	var runErr error
	err = writeFileAtomic(out, func(w io.Writer) error {
		counts, runErr = recordSim(ctx, mkt, opts, cfg.Sim.Seed, w, strings.HasSuffix(out, ".gz"))
		if runErr != nil && !errors.Is(runErr, context.Canceled) {
			return runErr
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("record: %w", err)
	}
	var total uint64
	keys := make([]string, 0, len(counts))
	for k, n := range counts {
		keys = append(keys, k)
		total += n
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%d", k, counts[k])
	}
	status := "complete"
	if runErr != nil {
		status = "INTERRUPTED (partial)"
	}
	fmt.Fprintf(stdout, "recorded %d lines to %s (%s): %s\n", total, out, status, strings.Join(parts, " "))
	log.Info().Dur("wall", time.Since(started).Round(time.Millisecond)).Msg("recording finished")
	return nil
}

// recordSim runs the simulated market with no strategy and writes its
// events to w (gzip'd if zip). A cancelled ctx ends the recording early,
// still well-formed, and is returned.
func recordSim(ctx context.Context, mkt *sim.Market, opts sim.Options, seed int64, w io.Writer, zip bool) (map[string]uint64, error) {
	var zw *gzip.Writer
	if zip {
		zw, _ = gzip.NewWriterLevel(w, gzip.BestSpeed)
		w = zw
	}
	bw := backtest.NewWriter(w)
	if err := bw.Header(opts.Start, backtest.Header{Source: "sim", Seed: seed,
		Note: fmt.Sprintf("navarb record: simulated market, %s from %s", opts.Duration, opts.Start.Format(time.RFC3339))}); err != nil {
		return nil, err
	}
	rec := backtest.NewRecorder(bw, backtest.RecorderOptions{
		PoolsOnce: true,
		PoolState: func(pool string) (decimal.Decimal, decimal.Decimal, bool) {
			s := mkt.Snapshot()
			return s.PoolBase, s.PoolQuote, pool == opts.Pool.Name
		},
		Native: map[string]string{opts.Chain: opts.Gas.Native},
		Issuer: map[string]string{opts.Token.Symbol: opts.Token.Issuer},
	})
	var recErr error
	runErr := mkt.Run(ctx, func(ev venues.Event) {
		if recErr == nil {
			recErr = rec.Record(ev)
		}
	})
	if recErr != nil {
		return nil, recErr
	}
	if err := bw.Flush(); err != nil {
		return nil, err
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
	}
	counts := rec.Counts()
	counts["header"] = 1
	return counts, runErr
}

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/strategy"
	"github.com/navarb/navarb/strategy/backtest"
)

// cmdBacktest replays a recorded event stream through the strategy, with
// the reference arbitrageur on the same stream on a second core.
func cmdBacktest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f commonFlags
	var events, outDir string
	fs := newFlagSet("backtest", stderr, &f)
	fs.StringVar(&events, "events", "", "recorded events (JSON Lines, gzip'd or not)")
	fs.StringVar(&f.reportJSON, "report-json", "", "also write the report as JSON to this file")
	fs.StringVar(&outDir, "out", "", "write report.json, trades.csv and report.html (charts, offline) into this directory")
	if err := parse(fs, args); err != nil {
		return err
	}
	if events == "" {
		return usageError{errors.New("-events is required")}
	}
	if f.reportJSON != "" {
		if err := checkWritable(f.reportJSON); err != nil {
			return usageError{fmt.Errorf("-report-json: %w", err)}
		}
	}
	cfg, log, err := f.setup(stderr)
	if err != nil {
		return err
	}
	opts, err := backtestOptions(cfg, log)
	if err != nil {
		return err
	}
	if outDir != "" {
		if err := os.MkdirAll(outDir, 0o755); err != nil {
			return usageError{fmt.Errorf("-out: %w", err)}
		}
		opts.Series = true
	}
	started := time.Now()
	s, err := backtest.DecodeFile(events, backtest.DecodeOptions{DepthBooks: depthBooks(&opts)})
	if err != nil {
		return usageError{err}
	}
	log.Info().Int("events", s.Len()).Uint64("lines", s.Lines).Time("start", s.Start()).Time("end", s.End()).
		Dur("decode", time.Since(started).Round(time.Millisecond)).Msg("events decoded")
	rep, res, err := replay(ctx, s, opts, log)
	if rep == nil {
		return err
	}
	if werr := rep.WriteText(stdout); werr != nil && err == nil {
		err = werr
	}
	if f.reportJSON != "" {
		if werr := writeFileAtomic(f.reportJSON, rep.WriteJSON); werr != nil && err == nil {
			err = fmt.Errorf("-report-json: %w", werr)
		}
	}
	if outDir != "" && res != nil {
		if werr := writeBacktestDir(outDir, events, rep, res, s); werr != nil && err == nil {
			err = fmt.Errorf("-out: %w", werr)
		}
	}
	log.Info().Dur("wall", time.Since(started).Round(time.Millisecond)).Msg("backtest finished")
	if errors.Is(err, context.Canceled) {
		log.Warn().Msg("interrupted: partial report above")
		return nil
	}
	return err
}

// replay runs our strategy and, concurrently, the reference arbitrageur on
// s, and builds the report.
func replay(ctx context.Context, s *backtest.Stream, opts backtest.Options, log zerolog.Logger) (*strategy.Report, *backtest.Result, error) {
	type refResult struct {
		res strategy.Results
		err error
	}
	refCtx, cancelRef := context.WithCancel(ctx)
	defer cancelRef()
	refDone := make(chan refResult, 1)
	go func() {
		res, err := backtest.RunReference(refCtx, s, opts)
		refDone <- refResult{res, err}
	}()
	res, err := backtest.Run(ctx, s, opts)
	if res == nil {
		cancelRef()
		<-refDone
		return nil, nil, usageError{err}
	}
	rep := res.Report(s, &opts)
	if err != nil {
		cancelRef()
		<-refDone
		return &rep, res, err
	}
	ref := <-refDone
	if ref.err != nil {
		return &rep, res, fmt.Errorf("reference arbitrageur: %w", ref.err)
	}
	rep.SetReference(res.Results.NetPnLUSD, ref.res)
	log.Debug().Str("reference_net_usd", ref.res.NetPnLUSD.StringFixed(2)).Msg("reference finished")
	return &rep, res, nil
}

// writeBacktestDir writes the report, the trades and the HTML charts.
func writeBacktestDir(dir, events string, rep *strategy.Report, res *backtest.Result, s *backtest.Stream) error {
	if err := writeFileAtomic(filepath.Join(dir, "report.json"), rep.WriteJSON); err != nil {
		return err
	}
	if err := writeFileAtomic(filepath.Join(dir, "trades.csv"), func(w io.Writer) error {
		return backtest.WriteTradesCSV(w, res.Trades)
	}); err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(dir, "report.html"), func(w io.Writer) error {
		return writeHTMLReport(w, htmlInput{Title: filepath.Base(events), Report: rep, Result: res, Stream: s})
	})
}

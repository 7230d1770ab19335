package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/navarb/navarb/strategy"
)

func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f commonFlags
	fs := newFlagSet("run", stderr, &f)
	fs.StringVar(&f.reportJSON, "report-json", "", "also write the report as JSON to this file")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, log, err := f.setup(stderr)
	if err != nil {
		return err
	}
	if f.reportJSON != "" {
		// Fail before running a day, not after.
		if err := checkWritable(f.reportJSON); err != nil {
			return usageError{fmt.Errorf("-report-json: %w", err)}
		}
	}
	var rep *strategy.Report
	switch cfg.Mode {
	case "sim":
		rep, err = runSim(ctx, cfg, log)
	case "live", "paper":
		rep, err = runChains(ctx, cfg, log)
	default:
		return usageError{fmt.Errorf("mode %q is not supported by this build", cfg.Mode)}
	}
	if rep != nil {
		if werr := rep.WriteText(stdout); werr != nil && err == nil {
			err = werr
		}
		if f.reportJSON != "" {
			if werr := writeFileAtomic(f.reportJSON, rep.WriteJSON); werr != nil && err == nil {
				err = fmt.Errorf("-report-json: %w", werr)
			}
		}
	}
	if errors.Is(err, context.Canceled) {
		log.Warn().Msg("interrupted: partial report above")
		return nil
	}
	return err
}

func checkWritable(path string) error {
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return fmt.Errorf("%s is not a directory", dir)
	}
	return nil
}

// writeFileAtomic writes through a temporary file and a rename, so a reader
// never sees a half-written report.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

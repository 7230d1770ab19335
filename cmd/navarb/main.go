// Command navarb arbitrages NAV-backed tokens (leveraged tokens) between
// their net asset value and their market price.
//
//	navarb [run|record|backtest|sweep|report|check-config|version] [flags]
//
// run (the default) runs the configured mode; with the reference
// config.toml that is the embedded simulated market. Exit codes: 0 ok, 2 bad
// usage or bad config (nothing started), 1 runtime failure.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// version is stamped by the release build (-ldflags "-X main.version=...").
var version = "dev"

// Exit codes.
const (
	exitOK      = 0
	exitRuntime = 1
	exitUsage   = 2
)

// usageError marks bad usage or bad configuration: exit 2, nothing started.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is main without the process: testable end to end.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cmd := "run"
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	var err error
	switch cmd {
	case "run":
		err = cmdRun(ctx, args, stdout, stderr)
	case "record":
		err = cmdRecord(ctx, args, stdout, stderr)
	case "backtest":
		err = cmdBacktest(ctx, args, stdout, stderr)
	case "sweep":
		err = cmdSweep(ctx, args, stdout, stderr)
	case "report":
		err = cmdReport(ctx, args, stdout, stderr)
	case "check-config":
		err = cmdCheckConfig(args, stdout, stderr)
	case "watch":
		err = cmdWatch(ctx, args, stdout, stderr)
	case "exchange-sim":
		err = cmdExchangeSim(ctx, args, stdout)
	case "version":
		err = cmdVersion(args, stdout)
	case "help", "-h", "-help", "--help":
		printUsage(stdout)
		return exitOK
	default:
		err = usageError{fmt.Errorf("unknown command %q (commands: run, record, backtest, sweep, report, check-config, watch, exchange-sim, version)", cmd)}
	}
	if err == nil {
		return exitOK
	}
	if errors.Is(err, errHelp) {
		return exitOK
	}
	fmt.Fprintf(stderr, "navarb %s: %v\n", cmd, err)
	var ue usageError
	if errors.As(err, &ue) {
		return exitUsage
	}
	return exitRuntime
}

func printUsage(w io.Writer) {
	fmt.Fprint(w, `usage: navarb [command] [flags]

commands:
  run            run the configured mode (default; the reference config runs the simulated market)
  record         record what the configured venues see, as a replayable event stream
  backtest       replay recorded events through the strategy; reports, trades and charts
  sweep          backtest a grid or random sample of parameters across cores, ranked
  report         print a SQLite ledger's PnL by day, token and loop kind (-ledger FILE [-json])
  check-config   load and validate the config, print a summary, start nothing
  watch          connect the configured order-book venues and report books, staleness and fills
  exchange-sim   run a local exchange speaking Binance's REST and WebSocket API on 127.0.0.1
                 (demos and end-to-end tests; prints a READY line with its URLs)
  version        print the version

run 'navarb <command> -h' for the command's flags.
`)
}

func cmdVersion(args []string, stdout io.Writer) error {
	if len(args) > 0 {
		return usageError{fmt.Errorf("version takes no arguments, got %q", args)}
	}
	goVersion := "unknown"
	if bi, ok := debug.ReadBuildInfo(); ok {
		goVersion = bi.GoVersion
	}
	fmt.Fprintf(stdout, "navarb %s (%s)\n", version, goVersion)
	return nil
}

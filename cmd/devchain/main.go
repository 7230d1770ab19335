// Command devchain runs a local, in-memory Ethereum dev chain for tests and demos:
// go-ethereum's node and eth service driven by catalyst's simulated beacon (no
// geth binary needed), JSON-RPC over HTTP and WebSocket on 127.0.0.1 (port 0 by
// default, one port for both), funded accounts from flags. When it is serving it
// prints one line to stdout:
//
//	READY http=http://127.0.0.1:PORT ws=ws://127.0.0.1:PORT chain_id=1337
//
// Funded private keys are written only to the file named by -keys-file, one
// "address hexkey" line each. SIGINT or SIGTERM stops it cleanly.
//
// With -period 0 (the default) a block is mined as soon as a transaction arrives;
// with -period N a block is mined every N seconds.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/ethereum/go-ethereum/log"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "devchain:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("devchain", flag.ContinueOnError)
	var o options
	fs.IntVar(&o.accounts, "accounts", 10, "number of funded accounts to generate")
	fs.StringVar(&o.balanceETH, "balance-eth", "1000", "balance of every funded account, in ETH (decimal)")
	fs.StringVar(&o.fund, "fund", "", "comma-separated extra addresses to fund with -balance-eth")
	fs.StringVar(&o.keysFile, "keys-file", "", "write the generated accounts' \"address hexkey\" lines to this file (mode 0600)")
	fs.StringVar(&o.seed, "seed", "", "derive the accounts' keys from this seed (default: random keys)")
	fs.Uint64Var(&o.period, "period", 0, "seconds between blocks; 0 mines a block when a transaction arrives")
	fs.Uint64Var(&o.chainID, "chain-id", 1337, "chain id")
	fs.Uint64Var(&o.gasLimit, "gas-limit", 60_000_000, "block gas limit")
	fs.StringVar(&o.host, "host", "127.0.0.1", "interface for HTTP and WS")
	fs.IntVar(&o.port, "port", 0, "port for HTTP and WS (0: any free port)")
	fs.StringVar(&o.logLevel, "log-level", "warn", "go-ethereum log level on stderr: debug, info, warn, error")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(o.logLevel)); err != nil {
		return fmt.Errorf("-log-level: %w", err)
	}
	// The one place this process sets go-ethereum's package logger.
	log.SetDefault(log.NewLogger(log.NewTerminalHandlerWithLevel(os.Stderr, lvl, false)))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	chain, err := start(o)
	if err != nil {
		return err
	}
	fmt.Printf("READY http=%s ws=%s chain_id=%d\n", chain.httpURL, chain.wsURL, o.chainID)
	<-ctx.Done()
	fmt.Fprintln(os.Stderr, "devchain: stopping")
	return chain.close()
}

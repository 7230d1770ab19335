package main

import (
	"context"
	"errors"
	"flag"
	"io"

	"github.com/navarb/navarb/venues/binance/binancetest"
)

// cmdExchangeSim runs the local Binance-protocol exchange until interrupted.
func cmdExchangeSim(ctx context.Context, args []string, stdout io.Writer) error {
	err := binancetest.Main(ctx, args, stdout)
	switch {
	case err == nil, errors.Is(err, context.Canceled):
		return nil
	case errors.Is(err, flag.ErrHelp):
		return errHelp
	case errors.Is(err, binancetest.ErrUsage):
		return usageError{err}
	}
	return err
}

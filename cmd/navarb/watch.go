package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"time"

	gobinance "github.com/adshao/go-binance/v2"
	gofutures "github.com/adshao/go-binance/v2/futures"
	"github.com/rs/zerolog"

	"github.com/navarb/navarb/cmd/navarb/internal/config"
	"github.com/navarb/navarb/venues"
	"github.com/navarb/navarb/venues/binance"
)

// cmdWatch connects the configured order-book venues and reports what the
// strategy would see (books, staleness, fills, balances): the operator's
// check that keys, URLs and symbols are right before trading.
func cmdWatch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f commonFlags
	fs := newFlagSet("watch", stderr, &f)
	dur := fs.Duration("duration", 0, "stop after this long (0: until interrupted)")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, log, err := f.setup(stderr)
	if err != nil {
		return err
	}
	b := cfg.Venues.Binance
	if !b.Enabled {
		return usageError{errors.New("venues.binance.enabled is false: nothing to watch")}
	}
	if err := setBinanceURLs(b); err != nil {
		return usageError{err}
	}
	obs, err := startObserver(ctx, cfg, log, nil)
	if err != nil {
		return err
	}
	defer func() {
		if err := obs.stop(); err != nil {
			log.Warn().Err(err).Msg("metrics server or notifier stopped with an error")
		}
	}()
	bo := binanceOptions(b, log)
	if obs != nil {
		bo.Metrics = obs.metrics
	}
	client, err := binance.New(bo)
	if err != nil {
		return usageError{err}
	}
	if *dur > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, *dur)
		defer cancel()
	}
	events := make(chan venues.Event, 1024)
	done := make(chan error, 1)
	go func() { done <- client.Run(ctx, events) }()

	counts := map[string]int{}
	lastLog := map[string]time.Time{}
	// Staleness counts even when nothing arrives: sample on the wall clock.
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case ev := <-events:
			watchEvent(ev, counts, lastLog, log)
			obs.track(ev)
		case now := <-tick.C:
			obs.sample(now, nil, nil)
		case err := <-done:
		drain:
			for {
				select {
				case ev := <-events:
					watchEvent(ev, counts, lastLog, log)
				default:
					break drain
				}
			}
			printCounts(stdout, counts)
			if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
				return nil
			}
			return err
		}
	}
}

func watchEvent(ev venues.Event, counts map[string]int, lastLog map[string]time.Time, log zerolog.Logger) {
	switch e := ev.(type) {
	case *venues.BookUpdate:
		counts["book"]++
		if e.Stale {
			counts["book_stale"]++
		}
		key := e.Venue + "/" + e.Symbol
		if time.Since(lastLog[key]) < time.Second || len(e.Bids) == 0 || len(e.Asks) == 0 {
			return
		}
		lastLog[key] = time.Now()
		log.Info().Str("venue", e.Venue).Str("symbol", e.Symbol).Float64("bid", e.Bids[0].Price).
			Float64("ask", e.Asks[0].Price).Bool("stale", e.Stale).Msg("book")
	case *venues.VenueStatus:
		counts["status"]++
		log.Warn().Str("venue", e.Venue).Str("symbol", e.Symbol).Bool("stale", e.Stale).Str("reason", e.Reason).Msg("venue status")
	case *venues.Fill:
		counts["fill"]++
		log.Info().Str("venue", e.Venue).Str("symbol", e.Instrument).Str("base_delta", e.BaseDelta.String()).
			Str("quote_delta", e.QuoteDelta.String()).Msg("fill")
	case *venues.OrderUpdate:
		counts["order"]++
	case *venues.BalanceUpdate:
		counts["balance"]++
	default:
		counts["other"]++
	}
}

func printCounts(w io.Writer, counts map[string]int) {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprint(w, "watch: events")
	if len(keys) == 0 {
		fmt.Fprint(w, " none")
	}
	for _, k := range keys {
		fmt.Fprintf(w, " %s=%d", k, counts[k])
	}
	fmt.Fprintln(w)
}

// binanceOptions converts [venues.binance]; keys come from the environment
// variables the config names (validated to be set).
func binanceOptions(b config.BinanceConfig, log zerolog.Logger) binance.Options {
	o := binance.Options{
		Venue:          "binance",
		BaseURL:        b.RESTURL,
		FuturesBaseURL: b.FuturesRESTURL,
		Symbols:        b.Symbols,
		FuturesSymbols: b.FuturesSymbols,
		Depth:          b.Depth,
		StaleAfter:     b.StaleAfter.Duration,
		ReconnectMin:   b.ReconnectMin.Duration,
		ReconnectMax:   b.ReconnectMax.Duration,
		WeightLimit:    b.WeightLimit,
		Log:            log.With().Str("venue", "binance").Logger(),
	}
	if b.APIKeyEnv != "" {
		o.APIKey, o.SecretKey = os.Getenv(b.APIKeyEnv), os.Getenv(b.SecretKeyEnv)
	}
	return o
}

// setBinanceURLs is the one place go-binance's WebSocket base URLs (package
// variables) are set, and its stream transport replaced. A process serves one Binance-protocol venue: setting
// different URLs twice is refused rather than silently redirecting streams.
func setBinanceURLs(b config.BinanceConfig) error {
	set := func(v *string, def, want, key string) error {
		if want == "" || *v == want {
			return nil
		}
		if *v != def {
			return fmt.Errorf("venues.binance.%s: go-binance already points at another venue in this process", key)
		}
		*v = want
		return nil
	}
	binance.InstallStreamTransport()
	return errors.Join(
		set(&gobinance.BaseWsMainURL, "wss://stream.binance.com:9443/ws", b.WSURL, "ws_url"),
		set(&gobinance.BaseCombinedMainURL, "wss://stream.binance.com:9443/stream?streams=", b.CombinedURL, "combined_url"),
		set(&gofutures.BaseWsMainUrl, "wss://fstream.binance.com/ws", b.FuturesWSURL, "futures_ws_url"),
		set(&gofutures.BaseCombinedMainURL, "wss://fstream.binance.com/stream?streams=", b.FuturesCombinedURL, "futures_combined_url"),
	)
}

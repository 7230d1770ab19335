package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/cmd/navarb/internal/config"
)

var errHelp = errors.New("help requested")

// commonFlags are shared by the commands that load a config.
type commonFlags struct {
	configPath string
	logFormat  string
	logLevel   string
	reportJSON string
	sets       multiFlag
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func newFlagSet(name string, stderr io.Writer, f *commonFlags) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.configPath, "config", "config.toml", "config file")
	fs.StringVar(&f.logFormat, "log-format", "", "json or console (default: console on a terminal, json otherwise)")
	fs.StringVar(&f.logLevel, "log-level", "", "trace, debug, info, warn, error (default: the config's log.level)")
	fs.Var(&f.sets, "set", "override a config key, path.to.key=value (repeatable)")
	return fs
}

// parse parses flags; bad flags are usage errors.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return errHelp
		}
		return usageError{err}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("unexpected arguments %q", fs.Args())}
	}
	return nil
}

// load reads and validates the config named by the flags.
func (f *commonFlags) load() (*config.Config, error) {
	cfg, err := config.Load(f.configPath, f.sets)
	if err != nil {
		return nil, usageError{err}
	}
	return cfg, nil
}

// setup loads the config and builds the logger: what every command that
// starts something needs first.
func (f *commonFlags) setup(stderr io.Writer) (*config.Config, zerolog.Logger, error) {
	cfg, err := f.load()
	if err != nil {
		return nil, zerolog.Nop(), err
	}
	log, err := f.logger(cfg, stderr)
	if err == nil {
		warnExposedConfig(log, f.configPath, cfg)
	}
	return cfg, log, err
}

// logger builds the process logger on stderr.
func (f *commonFlags) logger(cfg *config.Config, stderr io.Writer) (zerolog.Logger, error) {
	levelName := f.logLevel
	if levelName == "" {
		levelName = cfg.Log.Level
	}
	if levelName == "" {
		levelName = "info"
	}
	level, err := zerolog.ParseLevel(levelName)
	if err != nil || levelName == "" {
		return zerolog.Nop(), usageError{fmt.Errorf("-log-level: %q is not one of trace, debug, info, warn, error", levelName)}
	}
	format := f.logFormat
	if format == "" {
		format = "json"
		if isTerminal(stderr) {
			format = "console"
		}
	}
	// Venue goroutines log concurrently: serialise writes on any writer.
	out := zerolog.SyncWriter(stderr)
	var w io.Writer
	switch format {
	case "json":
		w = out
	case "console":
		w = zerolog.ConsoleWriter{Out: out, TimeFormat: "15:04:05.000", NoColor: !isTerminal(stderr)}
	default:
		return zerolog.Nop(), usageError{fmt.Errorf("-log-format: %q is not json or console", format)}
	}
	return zerolog.New(w).Level(level).With().Timestamp().Logger(), nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func cmdCheckConfig(args []string, stdout, stderr io.Writer) error {
	var f commonFlags
	fs := newFlagSet("check-config", stderr, &f)
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, _, err := f.setup(stderr) // warns of a config or keystore others can read
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: ok (mode %s, tokens %s)\n", f.configPath, cfg.Mode, strings.Join(cfg.TokenNames(), ", "))
	return nil
}

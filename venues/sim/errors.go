package sim

import "errors"

// Errors specific to the simulated market.
var (
	// ErrInvalidOptions is wrapped by every error Validate returns.
	ErrInvalidOptions = errors.New("invalid options")
	// ErrAlreadyRun: Run was called a second time.
	ErrAlreadyRun = errors.New("market already run")
	// ErrClosed: the run is over; nothing more will be mined.
	ErrClosed = errors.New("market closed")
)

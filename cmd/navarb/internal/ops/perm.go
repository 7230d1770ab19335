package ops

import (
	"os"

	"github.com/rs/zerolog"
)

// WarnIfExposed logs a warning naming path when the file (a config or a
// keystore) is readable or writable by its group or others. It reports
// whether it warned.
func WarnIfExposed(log zerolog.Logger, path, what string) bool {
	st, err := os.Stat(path)
	if err != nil {
		return false
	}
	if perm := st.Mode().Perm(); perm&0o077 != 0 {
		log.Warn().Str("file", path).Str("mode", perm.String()).
			Msgf("%s is accessible by group or others: chmod 600 %s", what, path)
		return true
	}
	return false
}

// Command genbindings regenerates venues/evm/contracts/bindings.go from the
// artifacts in venues/evm/contracts/artifacts. scripts/build-contracts runs it
// from the repository root after compiling.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/navarb/navarb/venues/evm/contracts/internal/bindgen"
)

func main() {
	dir := filepath.Join("venues", "evm", "contracts")
	src, err := bindgen.Generate(filepath.Join(dir, "artifacts"), "contracts")
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, "bindings.go"), src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genbindings:", err)
		os.Exit(1)
	}
	fmt.Println("genbindings: wrote", filepath.Join(dir, "bindings.go"))
}

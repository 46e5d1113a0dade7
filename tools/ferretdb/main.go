// Command occe-ferretdb serves the MongoDB wire protocol on loopback over FerretDB's SQLite backend,
// for the MongoDB leg of the test suite.
//
// FerretDB's own command panics when built by `go install` (its version file is written by its
// release tooling, absent from the module); its embeddable package has no such check.
package main

import (
	"context"
	"flag"
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on (loopback only)")
	dir := flag.String("sqlite-dir", "", "folder holding the SQLite databases")
	flag.Parse()
	if *dir == "" {
		log.Fatal("-sqlite-dir is required")
	}
	if err := os.MkdirAll(*dir, 0o700); err != nil {
		log.Fatal(err)
	}

	server, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Handler:   "sqlite",
		SQLiteURL: "file:" + *dir + "/",
	})
	if err != nil {
		log.Fatal(err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	log.Printf("FerretDB listening on %s, data in %s", *listen, *dir)
	server.Run(ctx)
}

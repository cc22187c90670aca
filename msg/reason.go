package msg

import (
	"errors"
	"io/fs"
)

// FileReason returns why a file operation failed, without the path that
// the message around it names already, and in Danish where the reason is
// a common one (the file does not exist, exists already, or may not be
// read or written). Other reasons keep the operating system's text.
func FileReason(err error) error {
	switch {
	case errors.Is(err, fs.ErrPermission):
		return New("ingen adgang")
	case errors.Is(err, fs.ErrNotExist):
		return New("findes ikke")
	case errors.Is(err, fs.ErrExist):
		return New("findes allerede")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

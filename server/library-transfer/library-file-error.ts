/** One thing wrong with an uploaded library file, located for the user. */
export interface LibraryFileProblem {
  /** 1-based exercise (row) number in the file. */
  row?: number;
  /** 1-based line of the file, for syntax errors. */
  line?: number;
  message: string;
}

/**
 * A library file that cannot be imported. Carries every problem found, so
 * the user can fix the file in one go; nothing of it has been written.
 */
export class LibraryFileError extends Error {
  constructor(readonly problems: LibraryFileProblem[]) {
    super(
      problems
        .slice(0, 20)
        .map((p) =>
          [p.line && `line ${p.line}`, p.row && `row ${p.row}`, p.message]
            .filter(Boolean)
            .join(': '),
        )
        .join('; '),
    );
  }
}

/** The 1-based line of a JSON.parse error, from its character position. */
export function jsonErrorLine(
  text: string,
  error: unknown,
): number | undefined {
  const position = /position (\d+)/.exec(String(error))?.[1];
  if (position === undefined) return undefined;
  return text.slice(0, Number(position)).split('\n').length;
}

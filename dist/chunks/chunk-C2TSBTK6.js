import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  firstLine
} from "./chunk-NEA5M7GT.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-FA6EQWUK.js";

// node_modules/papaparse/papaparse.js
var require_papaparse = __commonJS({
  "node_modules/papaparse/papaparse.js"(exports, module) {
    (function(root, factory) {
      if (typeof define === "function" && define.amd) {
        define([], factory);
      } else if (typeof module === "object" && typeof exports !== "undefined") {
        module.exports = factory();
      } else {
        root.Papa = factory();
      }
    })(exports, function moduleFactory() {
      "use strict";
      var global = (function() {
        if (typeof self !== "undefined") {
          return self;
        }
        if (typeof window !== "undefined") {
          return window;
        }
        if (typeof global !== "undefined") {
          return global;
        }
        return {};
      })();
      function getWorkerBlob() {
        var URL = global.URL || global.webkitURL || null;
        var code = moduleFactory.toString();
        return Papa2.BLOB_URL || (Papa2.BLOB_URL = URL.createObjectURL(new Blob(["var global = (function() { if (typeof self !== 'undefined') { return self; } if (typeof window !== 'undefined') { return window; } if (typeof global !== 'undefined') { return global; } return {}; })(); global.IS_PAPA_WORKER=true; ", "(", code, ")();"], { type: "text/javascript" })));
      }
      var IS_WORKER = !global.document && !!global.postMessage, IS_PAPA_WORKER = global.IS_PAPA_WORKER || false;
      var workers = {}, workerIdCounter = 0;
      var Papa2 = {};
      Papa2.parse = CsvToJson;
      Papa2.unparse = JsonToCsv;
      Papa2.RECORD_SEP = String.fromCharCode(30);
      Papa2.UNIT_SEP = String.fromCharCode(31);
      Papa2.BYTE_ORDER_MARK = "\uFEFF";
      Papa2.BAD_DELIMITERS = ["\r", "\n", '"', Papa2.BYTE_ORDER_MARK];
      Papa2.WORKERS_SUPPORTED = !IS_WORKER && !!global.Worker;
      Papa2.NODE_STREAM_INPUT = 1;
      Papa2.LocalChunkSize = 1024 * 1024 * 10;
      Papa2.RemoteChunkSize = 1024 * 1024 * 5;
      Papa2.DefaultDelimiter = ",";
      Papa2.Parser = Parser;
      Papa2.ParserHandle = ParserHandle;
      Papa2.NetworkStreamer = NetworkStreamer;
      Papa2.FileStreamer = FileStreamer;
      Papa2.StringStreamer = StringStreamer;
      Papa2.ReadableStreamStreamer = ReadableStreamStreamer;
      if (typeof PAPA_BROWSER_CONTEXT === "undefined") {
        Papa2.DuplexStreamStreamer = DuplexStreamStreamer;
      }
      if (IS_PAPA_WORKER) {
        global.onmessage = workerThreadReceivedMessage;
      }
      function stripBom(string) {
        if (string.charCodeAt(0) === 65279) {
          return string.slice(1);
        }
        return string;
      }
      function CsvToJson(_input, _config) {
        _config = _config || {};
        var dynamicTyping = _config.dynamicTyping || false;
        if (isFunction(dynamicTyping)) {
          _config.dynamicTypingFunction = dynamicTyping;
          dynamicTyping = {};
        }
        _config.dynamicTyping = dynamicTyping;
        _config.transform = isFunction(_config.transform) ? _config.transform : false;
        if (_config.downloadTimeout !== void 0) {
          var downloadTimeout = parseInt(_config.downloadTimeout);
          if (isNaN(downloadTimeout)) {
            throw new Error("Config downloadTimeout value (" + _config.downloadTimeout + ") not parsable by parseInt(val).");
          }
          _config.downloadTimeout = downloadTimeout;
        }
        if (_config.worker && Papa2.WORKERS_SUPPORTED) {
          var w = newWorker();
          w.userStep = _config.step;
          w.userChunk = _config.chunk;
          w.userComplete = _config.complete;
          w.userError = _config.error;
          _config.step = isFunction(_config.step);
          _config.chunk = isFunction(_config.chunk);
          _config.complete = isFunction(_config.complete);
          _config.error = isFunction(_config.error);
          delete _config.worker;
          w.postMessage({
            input: _input,
            config: _config,
            workerId: w.id
          });
          return;
        }
        var streamer = null;
        if (_input === Papa2.NODE_STREAM_INPUT && typeof PAPA_BROWSER_CONTEXT === "undefined") {
          streamer = new DuplexStreamStreamer(_config);
          return streamer.getStream();
        } else if (typeof _input === "string") {
          _input = stripBom(_input);
          if (_config.download)
            streamer = new NetworkStreamer(_config);
          else
            streamer = new StringStreamer(_config);
        } else if (_input.readable === true && isFunction(_input.read) && isFunction(_input.on)) {
          streamer = new ReadableStreamStreamer(_config);
        } else if (global.File && _input instanceof File || _input instanceof Object)
          streamer = new FileStreamer(_config);
        return streamer.stream(_input);
      }
      function JsonToCsv(_input, _config) {
        var _quotes = false;
        var _writeHeader = true;
        var _delimiter = ",";
        var _newline = "\r\n";
        var _quoteChar = '"';
        var _escapedQuote = _quoteChar + _quoteChar;
        var _skipEmptyLines = false;
        var _columns = null;
        var _escapeFormulae = false;
        unpackConfig();
        var quoteCharRegex = new RegExp(escapeRegExp(_quoteChar), "g");
        if (typeof _input === "string")
          _input = JSON.parse(_input);
        if (Array.isArray(_input)) {
          if (!_input.length)
            return serialize(_columns, _input, _skipEmptyLines);
          else if (Array.isArray(_input[0]))
            return serialize(null, _input, _skipEmptyLines);
          else if (typeof _input[0] === "object")
            return serialize(_columns || Object.keys(_input[0]), _input, _skipEmptyLines);
        } else if (typeof _input === "object") {
          if (typeof _input.data === "string")
            _input.data = JSON.parse(_input.data);
          if (Array.isArray(_input.data)) {
            if (!_input.fields)
              _input.fields = _input.meta && _input.meta.fields || _columns;
            if (!_input.fields)
              _input.fields = Array.isArray(_input.data[0]) ? _input.fields : typeof _input.data[0] === "object" ? Object.keys(_input.data[0]) : [];
            if (!Array.isArray(_input.data[0]) && typeof _input.data[0] !== "object")
              _input.data = [_input.data];
          }
          return serialize(_input.fields || [], _input.data || [], _skipEmptyLines);
        }
        throw new Error("Unable to serialize unrecognized input");
        function unpackConfig() {
          if (typeof _config !== "object")
            return;
          if (typeof _config.delimiter === "string" && !Papa2.BAD_DELIMITERS.filter(function(value) {
            return _config.delimiter.indexOf(value) !== -1;
          }).length) {
            _delimiter = _config.delimiter;
          }
          if (typeof _config.quotes === "boolean" || typeof _config.quotes === "function" || Array.isArray(_config.quotes))
            _quotes = _config.quotes;
          if (typeof _config.skipEmptyLines === "boolean" || typeof _config.skipEmptyLines === "string")
            _skipEmptyLines = _config.skipEmptyLines;
          if (typeof _config.newline === "string")
            _newline = _config.newline;
          if (typeof _config.quoteChar === "string") {
            _quoteChar = _config.quoteChar;
            _escapedQuote = _quoteChar + _quoteChar;
          }
          if (typeof _config.header === "boolean")
            _writeHeader = _config.header;
          if (Array.isArray(_config.columns)) {
            if (_config.columns.length === 0) throw new Error("Option columns is empty");
            _columns = _config.columns;
          }
          if (_config.escapeChar !== void 0) {
            _escapedQuote = _config.escapeChar + _quoteChar;
          }
          if (_config.escapeFormulae instanceof RegExp) {
            _escapeFormulae = _config.escapeFormulae;
          } else if (typeof _config.escapeFormulae === "boolean" && _config.escapeFormulae) {
            _escapeFormulae = /^[=+\-@\t\r].*$/;
          }
        }
        function serialize(fields, data, skipEmptyLines) {
          var csv = "";
          if (typeof fields === "string")
            fields = JSON.parse(fields);
          if (typeof data === "string")
            data = JSON.parse(data);
          var hasHeader = Array.isArray(fields) && fields.length > 0;
          var dataKeyedByField = !Array.isArray(data[0]);
          if (hasHeader && _writeHeader) {
            for (var i = 0; i < fields.length; i++) {
              if (i > 0)
                csv += _delimiter;
              csv += safe(fields[i], i);
            }
            if (data.length > 0)
              csv += _newline;
          }
          for (var row = 0; row < data.length; row++) {
            var maxCol = hasHeader ? fields.length : data[row].length;
            var emptyLine = false;
            var nullLine = hasHeader ? Object.keys(data[row]).length === 0 : data[row].length === 0;
            if (skipEmptyLines && !hasHeader) {
              emptyLine = skipEmptyLines === "greedy" ? data[row].join("").trim() === "" : data[row].length === 1 && (data[row][0] === null || data[row][0] === void 0 || data[row][0].length === 0);
            }
            if (skipEmptyLines === "greedy" && hasHeader) {
              var line = [];
              for (var c = 0; c < maxCol; c++) {
                var cx = dataKeyedByField ? fields[c] : c;
                line.push(data[row][cx]);
              }
              emptyLine = line.join("").trim() === "";
            }
            if (!emptyLine) {
              for (var col = 0; col < maxCol; col++) {
                if (col > 0 && !nullLine)
                  csv += _delimiter;
                var colIdx = hasHeader && dataKeyedByField ? fields[col] : col;
                csv += safe(data[row][colIdx], col);
              }
              if (row < data.length - 1 && (!skipEmptyLines || maxCol > 0 && !nullLine)) {
                csv += _newline;
              }
            }
          }
          return csv;
        }
        function safe(str, col) {
          if (typeof str === "undefined" || str === null)
            return "";
          if (str.constructor === Date) {
            if (isNaN(str.getTime()))
              return "";
            return str.toISOString();
          }
          var needsQuotes = false;
          var strValue = str.toString();
          if (_escapeFormulae && typeof str !== "number" && typeof str !== "bigint" && typeof str !== "boolean" && _escapeFormulae.test(strValue)) {
            strValue = "'" + strValue;
            str = strValue;
            needsQuotes = true;
          }
          var escapedQuoteStr = strValue.replace(quoteCharRegex, _escapedQuote);
          needsQuotes = needsQuotes || _quotes === true || typeof _quotes === "function" && _quotes(str, col) || Array.isArray(_quotes) && _quotes[col] || hasAny(escapedQuoteStr, Papa2.BAD_DELIMITERS) || escapedQuoteStr.indexOf(_delimiter) > -1 || strValue.indexOf(_quoteChar) > -1 || escapedQuoteStr.charAt(0) === " " || escapedQuoteStr.charAt(escapedQuoteStr.length - 1) === " ";
          return needsQuotes ? _quoteChar + escapedQuoteStr + _quoteChar : escapedQuoteStr;
        }
        function hasAny(str, substrings) {
          for (var i = 0; i < substrings.length; i++)
            if (str.indexOf(substrings[i]) > -1)
              return true;
          return false;
        }
      }
      function ChunkStreamer(config) {
        this._handle = null;
        this._finished = false;
        this._completed = false;
        this._halted = false;
        this._input = null;
        this._baseIndex = 0;
        this._partialLine = "";
        this._rowCount = 0;
        this._start = 0;
        this._nextChunk = null;
        this.isFirstChunk = true;
        this._completeResults = {
          data: [],
          errors: [],
          meta: {}
        };
        replaceConfig.call(this, config);
        this.parseChunk = function(chunk, isFakeChunk) {
          const skipFirstNLines = parseInt(this._config.skipFirstNLines) || 0;
          if (this.isFirstChunk && skipFirstNLines > 0) {
            let _newline = this._config.newline;
            if (!_newline) {
              const quoteChar = this._config.quoteChar || '"';
              _newline = this._handle.guessLineEndings(chunk, quoteChar);
            }
            const splitChunk = chunk.split(_newline);
            chunk = [...splitChunk.slice(skipFirstNLines)].join(_newline);
          }
          if (this.isFirstChunk && isFunction(this._config.beforeFirstChunk)) {
            var modifiedChunk = this._config.beforeFirstChunk(chunk);
            if (modifiedChunk !== void 0)
              chunk = modifiedChunk;
          }
          this.isFirstChunk = false;
          this._halted = false;
          var aggregate = this._partialLine + chunk;
          this._partialLine = "";
          var results = this._handle.parse(aggregate, this._baseIndex, !this._finished);
          if (this._handle.paused() || this._handle.aborted()) {
            this._halted = true;
            return;
          }
          var lastIndex = results.meta.cursor;
          if (!this._finished) {
            this._partialLine = aggregate.substring(lastIndex - this._baseIndex);
            this._baseIndex = lastIndex;
          }
          if (results && results.data)
            this._rowCount += results.data.length;
          var finishedIncludingPreview = this._finished || this._config.preview && this._rowCount >= this._config.preview;
          if (IS_PAPA_WORKER) {
            global.postMessage({
              results,
              workerId: Papa2.WORKER_ID,
              finished: finishedIncludingPreview
            });
          } else if (isFunction(this._config.chunk) && !isFakeChunk) {
            this._config.chunk(results, this._handle);
            if (this._handle.paused() || this._handle.aborted()) {
              this._halted = true;
              return;
            }
            results = void 0;
            this._completeResults = void 0;
          }
          if (!this._config.step && !this._config.chunk) {
            this._completeResults.data = this._completeResults.data.concat(results.data);
            this._completeResults.errors = this._completeResults.errors.concat(results.errors);
            this._completeResults.meta = results.meta;
          }
          if (!this._completed && finishedIncludingPreview && isFunction(this._config.complete) && (!results || !results.meta.aborted)) {
            this._config.complete(this._completeResults, this._input);
            this._completed = true;
          }
          if (!finishedIncludingPreview && (!results || !results.meta.paused))
            this._nextChunk();
          return results;
        };
        this._sendError = function(error) {
          if (isFunction(this._config.error))
            this._config.error(error);
          else if (IS_PAPA_WORKER && this._config.error) {
            global.postMessage({
              workerId: Papa2.WORKER_ID,
              error,
              finished: false
            });
          }
        };
        function replaceConfig(config2) {
          var configCopy = copy(config2);
          configCopy.chunkSize = parseInt(configCopy.chunkSize);
          if (!config2.step && !config2.chunk)
            configCopy.chunkSize = null;
          this._handle = new ParserHandle(configCopy);
          this._handle.streamer = this;
          this._config = configCopy;
        }
      }
      function NetworkStreamer(config) {
        config = config || {};
        if (!config.chunkSize)
          config.chunkSize = Papa2.RemoteChunkSize;
        ChunkStreamer.call(this, config);
        var xhr;
        if (IS_WORKER) {
          this._nextChunk = function() {
            this._readChunk();
            this._chunkLoaded();
          };
        } else {
          this._nextChunk = function() {
            this._readChunk();
          };
        }
        this.stream = function(url) {
          this._input = url;
          this._nextChunk();
        };
        this._readChunk = function() {
          if (this._finished) {
            this._chunkLoaded();
            return;
          }
          xhr = new XMLHttpRequest();
          if (this._config.withCredentials) {
            xhr.withCredentials = this._config.withCredentials;
          }
          if (!IS_WORKER) {
            xhr.onload = bindFunction(this._chunkLoaded, this);
            xhr.onerror = bindFunction(this._chunkError, this);
          }
          xhr.ontimeout = bindFunction(this._chunkTimeout, this);
          xhr.open(this._config.downloadRequestBody ? "POST" : "GET", this._input, !IS_WORKER);
          if (this._config.downloadTimeout && !IS_WORKER) {
            xhr.timeout = this._config.downloadTimeout;
          }
          if (this._config.downloadRequestHeaders) {
            var headers = this._config.downloadRequestHeaders;
            for (var headerName in headers) {
              xhr.setRequestHeader(headerName, headers[headerName]);
            }
          }
          if (this._config.chunkSize) {
            var end = this._start + this._config.chunkSize - 1;
            xhr.setRequestHeader("Range", "bytes=" + this._start + "-" + end);
          }
          try {
            xhr.send(this._config.downloadRequestBody);
          } catch (err) {
            this._chunkError(err.message);
          }
          if (IS_WORKER && xhr.status === 0)
            this._chunkError();
        };
        this._chunkLoaded = function() {
          if (xhr.readyState !== 4)
            return;
          if (xhr.status < 200 || xhr.status >= 400) {
            this._chunkError();
            return;
          }
          this._start += this._config.chunkSize ? this._config.chunkSize : xhr.responseText.length;
          this._finished = !this._config.chunkSize || this._start >= getFileSize(xhr);
          this.parseChunk(xhr.responseText);
        };
        this._chunkError = function(errorMessage) {
          var errorText = xhr.statusText || errorMessage;
          this._sendError(new Error(errorText));
        };
        this._chunkTimeout = function() {
          this._chunkError("Request timed out after " + this._config.downloadTimeout + "ms");
        };
        function getFileSize(xhr2) {
          var contentRange = xhr2.getResponseHeader("Content-Range");
          if (contentRange === null) {
            return -1;
          }
          return parseInt(contentRange.substring(contentRange.lastIndexOf("/") + 1));
        }
      }
      NetworkStreamer.prototype = Object.create(ChunkStreamer.prototype);
      NetworkStreamer.prototype.constructor = NetworkStreamer;
      function FileStreamer(config) {
        config = config || {};
        if (!config.chunkSize)
          config.chunkSize = Papa2.LocalChunkSize;
        ChunkStreamer.call(this, config);
        var reader, slice;
        var usingAsyncReader = typeof FileReader !== "undefined";
        this.stream = function(file) {
          this._input = file;
          slice = file.slice || file.webkitSlice || file.mozSlice;
          if (usingAsyncReader) {
            reader = new FileReader();
            reader.onload = bindFunction(this._chunkLoaded, this);
            reader.onerror = bindFunction(this._chunkError, this);
          } else
            reader = new FileReaderSync();
          this._nextChunk();
        };
        this._nextChunk = function() {
          if (!this._finished && (!this._config.preview || this._rowCount < this._config.preview))
            this._readChunk();
        };
        this._readChunk = function() {
          var input = this._input;
          if (this._config.chunkSize) {
            var end = Math.min(this._start + this._config.chunkSize, this._input.size);
            input = slice.call(input, this._start, end);
          }
          var txt = reader.readAsText(input, this._config.encoding);
          if (!usingAsyncReader)
            this._chunkLoaded({ target: { result: txt } });
        };
        this._chunkLoaded = function(event) {
          this._start += this._config.chunkSize;
          this._finished = !this._config.chunkSize || this._start >= this._input.size;
          this.parseChunk(event.target.result);
        };
        this._chunkError = function() {
          this._sendError(reader.error);
        };
      }
      FileStreamer.prototype = Object.create(ChunkStreamer.prototype);
      FileStreamer.prototype.constructor = FileStreamer;
      function StringStreamer(config) {
        config = config || {};
        ChunkStreamer.call(this, config);
        var remaining;
        this.stream = function(s) {
          remaining = s;
          return this._nextChunk();
        };
        this._nextChunk = function() {
          if (this._finished) return;
          var size = this._config.chunkSize;
          var chunk;
          if (size) {
            chunk = remaining.substring(0, size);
            remaining = remaining.substring(size);
          } else {
            chunk = remaining;
            remaining = "";
          }
          this._finished = !remaining;
          return this.parseChunk(chunk);
        };
      }
      StringStreamer.prototype = Object.create(StringStreamer.prototype);
      StringStreamer.prototype.constructor = StringStreamer;
      function ReadableStreamStreamer(config) {
        config = config || {};
        ChunkStreamer.call(this, config);
        var queue = [];
        var parseOnData = true;
        var streamHasEnded = false;
        this.pause = function() {
          ChunkStreamer.prototype.pause.apply(this, arguments);
          this._input.pause();
        };
        this.resume = function() {
          ChunkStreamer.prototype.resume.apply(this, arguments);
          this._input.resume();
        };
        this.stream = function(stream) {
          this._input = stream;
          this._input.on("data", this._streamData);
          this._input.on("end", this._streamEnd);
          this._input.on("error", this._streamError);
        };
        this._checkIsFinished = function() {
          if (streamHasEnded && queue.length === 1) {
            this._finished = true;
          }
        };
        this._nextChunk = function() {
          this._checkIsFinished();
          if (queue.length) {
            this.parseChunk(queue.shift());
          } else {
            parseOnData = true;
          }
        };
        this._streamData = bindFunction(function(chunk) {
          try {
            queue.push(typeof chunk === "string" ? chunk : chunk.toString(this._config.encoding));
            if (parseOnData) {
              parseOnData = false;
              this._checkIsFinished();
              this.parseChunk(queue.shift());
            }
          } catch (error) {
            this._streamError(error);
          }
        }, this);
        this._streamError = bindFunction(function(error) {
          this._streamCleanUp();
          this._sendError(error);
        }, this);
        this._streamEnd = bindFunction(function() {
          this._streamCleanUp();
          streamHasEnded = true;
          this._streamData("");
        }, this);
        this._streamCleanUp = bindFunction(function() {
          this._input.removeListener("data", this._streamData);
          this._input.removeListener("end", this._streamEnd);
          this._input.removeListener("error", this._streamError);
        }, this);
      }
      ReadableStreamStreamer.prototype = Object.create(ChunkStreamer.prototype);
      ReadableStreamStreamer.prototype.constructor = ReadableStreamStreamer;
      function DuplexStreamStreamer(_config) {
        var Duplex = __require("stream").Duplex;
        var config = copy(_config);
        var parseOnWrite = true;
        var writeStreamHasFinished = false;
        var parseCallbackQueue = [];
        var stream = null;
        this._onCsvData = function(results) {
          var data = results.data;
          if (!stream.push(data) && !this._handle.paused()) {
            this._handle.pause();
          }
        };
        this._onCsvComplete = function() {
          stream.push(null);
        };
        config.step = bindFunction(this._onCsvData, this);
        config.complete = bindFunction(this._onCsvComplete, this);
        ChunkStreamer.call(this, config);
        this._nextChunk = function() {
          if (writeStreamHasFinished && parseCallbackQueue.length === 1) {
            this._finished = true;
          }
          if (parseCallbackQueue.length) {
            parseCallbackQueue.shift()();
          } else {
            parseOnWrite = true;
          }
        };
        this._addToParseQueue = function(chunk, callback) {
          parseCallbackQueue.push(bindFunction(function() {
            this.parseChunk(typeof chunk === "string" ? chunk : chunk.toString(config.encoding));
            if (isFunction(callback)) {
              return callback();
            }
          }, this));
          if (parseOnWrite) {
            parseOnWrite = false;
            this._nextChunk();
          }
        };
        this._onRead = function() {
          if (this._handle.paused()) {
            this._handle.resume();
          }
        };
        this._onWrite = function(chunk, encoding, callback) {
          this._addToParseQueue(chunk, callback);
        };
        this._onWriteComplete = function() {
          writeStreamHasFinished = true;
          this._addToParseQueue("");
        };
        this.getStream = function() {
          return stream;
        };
        stream = new Duplex({
          readableObjectMode: true,
          decodeStrings: false,
          read: bindFunction(this._onRead, this),
          write: bindFunction(this._onWrite, this)
        });
        stream.once("finish", bindFunction(this._onWriteComplete, this));
      }
      if (typeof PAPA_BROWSER_CONTEXT === "undefined") {
        DuplexStreamStreamer.prototype = Object.create(ChunkStreamer.prototype);
        DuplexStreamStreamer.prototype.constructor = DuplexStreamStreamer;
      }
      function ParserHandle(_config) {
        var MAX_FLOAT = Math.pow(2, 53);
        var MIN_FLOAT = -MAX_FLOAT;
        var FLOAT = /^\s*-?(\d+\.?|\.\d+|\d+\.\d+)([eE][-+]?\d+)?\s*$/;
        var ISO_DATE = /^((\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d+([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z))|(\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d([+-][0-2]\d:[0-5]\d|Z)))$/;
        var self2 = this;
        var _stepCounter = 0;
        var _rowCounter = 0;
        var _input;
        var _parser;
        var _paused = false;
        var _aborted = false;
        var _delimiterError;
        var _fields = [];
        var _results = {
          // The last results returned from the parser
          data: [],
          errors: [],
          meta: {}
        };
        if (isFunction(_config.step)) {
          var userStep = _config.step;
          _config.step = function(results) {
            _results = results;
            if (needsHeaderRow())
              processResults();
            else {
              processResults();
              if (_results.data.length === 0)
                return;
              _stepCounter += results.data.length;
              if (_config.preview && _stepCounter > _config.preview)
                _parser.abort();
              else {
                _results.data = _results.data[0];
                userStep(_results, self2);
              }
            }
          };
        }
        this.parse = function(input, baseIndex, ignoreLastRow) {
          var quoteChar = _config.quoteChar || '"';
          if (!_config.newline)
            _config.newline = this.guessLineEndings(input, quoteChar);
          _delimiterError = false;
          if (!_config.delimiter) {
            var delimGuess = guessDelimiter(input, _config.newline, _config.skipEmptyLines, _config.comments, _config.delimitersToGuess);
            if (delimGuess.successful)
              _config.delimiter = delimGuess.bestDelimiter;
            else {
              _delimiterError = true;
              _config.delimiter = Papa2.DefaultDelimiter;
            }
            _results.meta.delimiter = _config.delimiter;
          } else if (isFunction(_config.delimiter)) {
            _config.delimiter = _config.delimiter(input);
            _results.meta.delimiter = _config.delimiter;
          }
          var parserConfig = copy(_config);
          parserConfig.header = needsHeaderRow();
          if (_config.preview && _config.header)
            parserConfig.preview++;
          _input = input;
          _parser = new Parser(parserConfig);
          _results = _parser.parse(_input, baseIndex, ignoreLastRow);
          processResults();
          return _paused ? { meta: { paused: true } } : _results || { meta: { paused: false } };
        };
        this.paused = function() {
          return _paused;
        };
        this.pause = function() {
          _paused = true;
          _parser.abort();
          _input = isFunction(_config.chunk) ? "" : _input.substring(_parser.getCharIndex());
        };
        this.resume = function() {
          if (self2.streamer._halted) {
            _paused = false;
            self2.streamer.parseChunk(_input, true);
          } else {
            setTimeout(self2.resume, 3);
          }
        };
        this.aborted = function() {
          return _aborted;
        };
        this.abort = function() {
          _aborted = true;
          _parser.abort();
          _results.meta.aborted = true;
          if (isFunction(_config.complete))
            _config.complete(_results);
          _input = "";
        };
        this.guessLineEndings = function(input, quoteChar) {
          input = input.substring(0, 1024 * 1024);
          var re = new RegExp(escapeRegExp(quoteChar) + "([^]*?)" + escapeRegExp(quoteChar), "gm");
          input = input.replace(re, "");
          var r = input.split("\r");
          var n = input.split("\n");
          var nAppearsFirst = n.length > 1 && n[0].length < r[0].length;
          if (r.length === 1 || nAppearsFirst)
            return "\n";
          var numWithN = 0;
          for (var i = 0; i < r.length; i++) {
            if (r[i][0] === "\n")
              numWithN++;
          }
          return numWithN >= r.length / 2 ? "\r\n" : "\r";
        };
        function testEmptyLine(s) {
          return _config.skipEmptyLines === "greedy" ? s.join("").trim() === "" : s.length === 1 && s[0].length === 0;
        }
        function testFloat(s) {
          if (FLOAT.test(s)) {
            var floatValue = parseFloat(s);
            if (floatValue > MIN_FLOAT && floatValue < MAX_FLOAT) {
              return true;
            }
          }
          return false;
        }
        function processResults() {
          if (_results && _delimiterError) {
            addError("Delimiter", "UndetectableDelimiter", "Unable to auto-detect delimiting character; defaulted to '" + Papa2.DefaultDelimiter + "'");
            _delimiterError = false;
          }
          if (_config.skipEmptyLines) {
            _results.data = _results.data.filter(function(d) {
              return !testEmptyLine(d);
            });
          }
          if (needsHeaderRow())
            fillHeaderFields();
          return applyHeaderAndDynamicTypingAndTransformation();
        }
        function needsHeaderRow() {
          return _config.header && _fields.length === 0;
        }
        function fillHeaderFields() {
          if (!_results)
            return;
          function addHeader(header) {
            _fields.push(header);
          }
          if (Array.isArray(_results.data[0])) {
            for (var i = 0; needsHeaderRow() && i < _results.data.length; i++)
              _results.data[i].forEach(addHeader);
            _results.data.splice(0, 1);
          } else
            _results.data.forEach(addHeader);
        }
        function shouldApplyDynamicTyping(field) {
          if (_config.dynamicTypingFunction && _config.dynamicTyping[field] === void 0) {
            _config.dynamicTyping[field] = _config.dynamicTypingFunction(field);
          }
          return (_config.dynamicTyping[field] || _config.dynamicTyping) === true;
        }
        function parseDynamic(field, value) {
          if (shouldApplyDynamicTyping(field)) {
            if (value === "true" || value === "TRUE")
              return true;
            else if (value === "false" || value === "FALSE")
              return false;
            else if (testFloat(value))
              return parseFloat(value);
            else if (ISO_DATE.test(value))
              return new Date(value);
            else
              return value === "" ? null : value;
          }
          return value;
        }
        function applyHeaderAndDynamicTypingAndTransformation() {
          if (!_results || !_config.header && !_config.dynamicTyping && !_config.transform)
            return _results;
          function processRow(rowSource, i) {
            var row = _config.header ? {} : [];
            var j;
            for (j = 0; j < rowSource.length; j++) {
              var field = j;
              var value = rowSource[j];
              if (_config.header)
                field = j >= _fields.length ? "__parsed_extra" : _fields[j];
              if (_config.transform)
                value = _config.transform(value, field);
              value = parseDynamic(field, value);
              if (field === "__parsed_extra") {
                row[field] = row[field] || [];
                row[field].push(value);
              } else
                row[field] = value;
            }
            if (_config.header) {
              if (j > _fields.length)
                addError("FieldMismatch", "TooManyFields", "Too many fields: expected " + _fields.length + " fields but parsed " + j, _rowCounter + i);
              else if (j < _fields.length)
                addError("FieldMismatch", "TooFewFields", "Too few fields: expected " + _fields.length + " fields but parsed " + j, _rowCounter + i);
            }
            return row;
          }
          var incrementBy = 1;
          if (!_results.data.length || Array.isArray(_results.data[0])) {
            _results.data = _results.data.map(processRow);
            incrementBy = _results.data.length;
          } else
            _results.data = processRow(_results.data, 0);
          if (_config.header && _results.meta)
            _results.meta.fields = _fields;
          _rowCounter += incrementBy;
          return _results;
        }
        function guessDelimiter(input, newline, skipEmptyLines, comments, delimitersToGuess) {
          var bestDelim, bestDelta, fieldCountPrevRow, maxFieldCount;
          delimitersToGuess = delimitersToGuess || [",", "	", "|", ";", Papa2.RECORD_SEP, Papa2.UNIT_SEP];
          for (var i = 0; i < delimitersToGuess.length; i++) {
            var delim = delimitersToGuess[i];
            var delta = 0, avgFieldCount = 0, emptyLinesCount = 0;
            fieldCountPrevRow = void 0;
            var preview = new Parser({
              comments,
              delimiter: delim,
              newline,
              preview: 10
            }).parse(input);
            for (var j = 0; j < preview.data.length; j++) {
              if (skipEmptyLines && testEmptyLine(preview.data[j])) {
                emptyLinesCount++;
                continue;
              }
              var fieldCount = preview.data[j].length;
              avgFieldCount += fieldCount;
              if (typeof fieldCountPrevRow === "undefined") {
                fieldCountPrevRow = fieldCount;
                continue;
              } else if (fieldCount > 0) {
                delta += Math.abs(fieldCount - fieldCountPrevRow);
                fieldCountPrevRow = fieldCount;
              }
            }
            if (preview.data.length > 0)
              avgFieldCount /= preview.data.length - emptyLinesCount;
            if (avgFieldCount > 1.99 && (typeof bestDelta === "undefined" || delta < bestDelta || delta === bestDelta && avgFieldCount > maxFieldCount)) {
              bestDelta = delta;
              bestDelim = delim;
              maxFieldCount = avgFieldCount;
            }
          }
          _config.delimiter = bestDelim;
          return {
            successful: !!bestDelim,
            bestDelimiter: bestDelim
          };
        }
        function addError(type, code, msg, row) {
          var error = {
            type,
            code,
            message: msg
          };
          if (row !== void 0) {
            error.row = row;
          }
          _results.errors.push(error);
        }
      }
      function escapeRegExp(string) {
        return string.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      }
      function Parser(config) {
        config = config || {};
        var delim = config.delimiter;
        var newline = config.newline;
        var comments = config.comments;
        var step = config.step;
        var preview = config.preview;
        var fastMode = config.fastMode;
        var quoteChar;
        var renamedHeaders = null;
        var headerParsed = false;
        if (config.quoteChar === void 0 || config.quoteChar === null) {
          quoteChar = '"';
        } else {
          quoteChar = config.quoteChar;
        }
        var escapeChar = quoteChar;
        if (config.escapeChar !== void 0) {
          escapeChar = config.escapeChar;
        }
        if (typeof delim !== "string" || Papa2.BAD_DELIMITERS.indexOf(delim) > -1)
          delim = ",";
        if (comments === delim)
          throw new Error("Comment character same as delimiter");
        else if (comments === true)
          comments = "#";
        else if (typeof comments !== "string" || Papa2.BAD_DELIMITERS.indexOf(comments) > -1)
          comments = false;
        if (newline !== "\n" && newline !== "\r" && newline !== "\r\n")
          newline = "\n";
        var cursor = 0;
        var aborted = false;
        this.parse = function(input, baseIndex, ignoreLastRow) {
          if (typeof input !== "string")
            throw new Error("Input must be a string");
          var inputLen = input.length, delimLen = delim.length, newlineLen = newline.length, commentsLen = comments.length;
          var stepIsFunction = isFunction(step);
          cursor = 0;
          var data = [], errors = [], row = [], lastCursor = 0;
          if (!input)
            return returnable();
          if (fastMode || fastMode !== false && input.indexOf(quoteChar) === -1) {
            var rows = input.split(newline);
            for (var i = 0; i < rows.length; i++) {
              row = rows[i];
              cursor += row.length;
              if (i !== rows.length - 1)
                cursor += newline.length;
              else if (ignoreLastRow)
                return returnable();
              if (comments && row.substring(0, commentsLen) === comments)
                continue;
              if (stepIsFunction) {
                data = [];
                pushRow(row.split(delim));
                doStep();
                if (aborted)
                  return returnable();
              } else
                pushRow(row.split(delim));
              if (preview && i >= preview) {
                data = data.slice(0, preview);
                return returnable(true);
              }
            }
            return returnable();
          }
          var nextDelim = input.indexOf(delim, cursor);
          var nextNewline = input.indexOf(newline, cursor);
          var quoteCharRegex = new RegExp(escapeRegExp(escapeChar) + escapeRegExp(quoteChar), "g");
          var quoteSearch = input.indexOf(quoteChar, cursor);
          for (; ; ) {
            if (input[cursor] === quoteChar) {
              quoteSearch = cursor;
              cursor++;
              for (; ; ) {
                quoteSearch = input.indexOf(quoteChar, quoteSearch + 1);
                if (quoteSearch === -1) {
                  if (!ignoreLastRow) {
                    errors.push({
                      type: "Quotes",
                      code: "MissingQuotes",
                      message: "Quoted field unterminated",
                      row: data.length,
                      // row has yet to be inserted
                      index: cursor
                    });
                  }
                  return finish();
                }
                if (quoteSearch === inputLen - 1) {
                  var value = input.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar);
                  return finish(value);
                }
                if (quoteChar === escapeChar && input[quoteSearch + 1] === escapeChar) {
                  quoteSearch++;
                  continue;
                }
                if (quoteChar !== escapeChar && quoteSearch !== 0 && input[quoteSearch - 1] === escapeChar) {
                  continue;
                }
                if (nextDelim !== -1 && nextDelim < quoteSearch + 1) {
                  nextDelim = input.indexOf(delim, quoteSearch + 1);
                }
                if (nextNewline !== -1 && nextNewline < quoteSearch + 1) {
                  nextNewline = input.indexOf(newline, quoteSearch + 1);
                }
                var checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
                var spacesBetweenQuoteAndDelimiter = extraSpaces(checkUpTo);
                if (input.substr(quoteSearch + 1 + spacesBetweenQuoteAndDelimiter, delimLen) === delim) {
                  row.push(input.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar));
                  cursor = quoteSearch + 1 + spacesBetweenQuoteAndDelimiter + delimLen;
                  if (input[quoteSearch + 1 + spacesBetweenQuoteAndDelimiter + delimLen] !== quoteChar) {
                    quoteSearch = input.indexOf(quoteChar, cursor);
                  }
                  if (nextDelim !== -1 && nextDelim < cursor)
                    nextDelim = input.indexOf(delim, cursor);
                  if (nextNewline !== -1 && nextNewline < cursor)
                    nextNewline = input.indexOf(newline, cursor);
                  break;
                }
                var spacesBetweenQuoteAndNewLine = extraSpaces(nextNewline);
                if (input.substring(quoteSearch + 1 + spacesBetweenQuoteAndNewLine, quoteSearch + 1 + spacesBetweenQuoteAndNewLine + newlineLen) === newline) {
                  row.push(input.substring(cursor, quoteSearch).replace(quoteCharRegex, quoteChar));
                  saveRow(quoteSearch + 1 + spacesBetweenQuoteAndNewLine + newlineLen);
                  if (nextDelim !== -1 && nextDelim < cursor)
                    nextDelim = input.indexOf(delim, cursor);
                  quoteSearch = input.indexOf(quoteChar, cursor);
                  if (stepIsFunction) {
                    doStep();
                    if (aborted)
                      return returnable();
                  }
                  if (preview && data.length >= preview)
                    return returnable(true);
                  break;
                }
                errors.push({
                  type: "Quotes",
                  code: "InvalidQuotes",
                  message: "Trailing quote on quoted field is malformed",
                  row: data.length,
                  // row has yet to be inserted
                  index: cursor
                });
                quoteSearch++;
                continue;
              }
              continue;
            }
            if (comments && row.length === 0 && input.substring(cursor, cursor + commentsLen) === comments) {
              if (nextNewline === -1)
                return returnable();
              cursor = nextNewline + newlineLen;
              nextNewline = input.indexOf(newline, cursor);
              if (nextDelim !== -1 && nextDelim < cursor)
                nextDelim = input.indexOf(delim, cursor);
              continue;
            }
            if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
              row.push(input.substring(cursor, nextDelim));
              cursor = nextDelim + delimLen;
              nextDelim = input.indexOf(delim, cursor);
              continue;
            }
            if (nextNewline !== -1) {
              row.push(input.substring(cursor, nextNewline));
              saveRow(nextNewline + newlineLen);
              if (stepIsFunction) {
                doStep();
                if (aborted)
                  return returnable();
              }
              if (preview && data.length >= preview)
                return returnable(true);
              continue;
            }
            break;
          }
          return finish();
          function pushRow(row2) {
            data.push(row2);
            lastCursor = cursor;
          }
          function extraSpaces(index) {
            var spaceLength = 0;
            if (index !== -1) {
              var textBetweenClosingQuoteAndIndex = input.substring(quoteSearch + 1, index);
              if (textBetweenClosingQuoteAndIndex && textBetweenClosingQuoteAndIndex.trim() === "") {
                spaceLength = textBetweenClosingQuoteAndIndex.length;
              }
            }
            return spaceLength;
          }
          function finish(value2) {
            if (ignoreLastRow)
              return returnable();
            if (typeof value2 === "undefined")
              value2 = input.substring(cursor);
            row.push(value2);
            cursor = inputLen;
            pushRow(row);
            if (stepIsFunction)
              doStep();
            return returnable();
          }
          function saveRow(newCursor) {
            cursor = newCursor;
            pushRow(row);
            row = [];
            nextNewline = input.indexOf(newline, cursor);
          }
          function returnable(stopped) {
            if (config.header && !baseIndex && data.length && !headerParsed) {
              const result = data[0];
              const headerCount = /* @__PURE__ */ Object.create(null);
              const usedHeaders = new Set(result);
              let duplicateHeaders = false;
              for (let i2 = 0; i2 < result.length; i2++) {
                let header = stripBom(result[i2]);
                if (isFunction(config.transformHeader))
                  header = config.transformHeader(header, i2);
                if (!headerCount[header]) {
                  headerCount[header] = 1;
                  result[i2] = header;
                } else {
                  let newHeader;
                  let suffixCount = headerCount[header];
                  do {
                    newHeader = `${header}_${suffixCount}`;
                    suffixCount++;
                  } while (usedHeaders.has(newHeader));
                  usedHeaders.add(newHeader);
                  result[i2] = newHeader;
                  headerCount[header]++;
                  duplicateHeaders = true;
                  if (renamedHeaders === null) {
                    renamedHeaders = {};
                  }
                  renamedHeaders[newHeader] = header;
                }
                usedHeaders.add(header);
              }
              if (duplicateHeaders) {
                console.warn("Duplicate headers found and renamed.");
              }
              headerParsed = true;
            }
            return {
              data,
              errors,
              meta: {
                delimiter: delim,
                linebreak: newline,
                aborted,
                truncated: !!stopped,
                cursor: lastCursor + (baseIndex || 0),
                renamedHeaders
              }
            };
          }
          function doStep() {
            step(returnable());
            data = [];
            errors = [];
          }
        };
        this.abort = function() {
          aborted = true;
        };
        this.getCharIndex = function() {
          return cursor;
        };
      }
      function newWorker() {
        if (!Papa2.WORKERS_SUPPORTED)
          return false;
        var workerUrl = getWorkerBlob();
        var w = new global.Worker(workerUrl);
        w.onmessage = mainThreadReceivedMessage;
        w.id = workerIdCounter++;
        workers[w.id] = w;
        return w;
      }
      function mainThreadReceivedMessage(e) {
        var msg = e.data;
        var worker = workers[msg.workerId];
        var aborted = false;
        if (msg.error)
          worker.userError(msg.error, msg.file);
        else if (msg.results && msg.results.data) {
          var abort = function() {
            aborted = true;
            completeWorker(msg.workerId, { data: [], errors: [], meta: { aborted: true } });
          };
          var handle = {
            abort,
            pause: notImplemented,
            resume: notImplemented
          };
          if (isFunction(worker.userStep)) {
            for (var i = 0; i < msg.results.data.length; i++) {
              worker.userStep({
                data: msg.results.data[i],
                errors: msg.results.errors,
                meta: msg.results.meta
              }, handle);
              if (aborted)
                break;
            }
            delete msg.results;
          } else if (isFunction(worker.userChunk)) {
            worker.userChunk(msg.results, handle, msg.file);
            delete msg.results;
          }
        }
        if (msg.finished && !aborted)
          completeWorker(msg.workerId, msg.results);
      }
      function completeWorker(workerId, results) {
        var worker = workers[workerId];
        if (isFunction(worker.userComplete))
          worker.userComplete(results);
        worker.terminate();
        delete workers[workerId];
      }
      function notImplemented() {
        throw new Error("Not implemented.");
      }
      function workerThreadReceivedMessage(e) {
        var msg = e.data;
        if (typeof Papa2.WORKER_ID === "undefined" && msg)
          Papa2.WORKER_ID = msg.workerId;
        if (typeof msg.input === "string") {
          global.postMessage({
            workerId: Papa2.WORKER_ID,
            results: Papa2.parse(msg.input, msg.config),
            finished: true
          });
        } else if (global.File && msg.input instanceof File || msg.input instanceof Object) {
          var results = Papa2.parse(msg.input, msg.config);
          if (results)
            global.postMessage({
              workerId: Papa2.WORKER_ID,
              results,
              finished: true
            });
        }
      }
      function copy(obj) {
        if (typeof obj !== "object" || obj === null)
          return obj;
        var cpy = Array.isArray(obj) ? [] : {};
        for (var key in obj)
          cpy[key] = copy(obj[key]);
        return cpy;
      }
      function bindFunction(f, self2) {
        return function() {
          f.apply(self2, arguments);
        };
      }
      function isFunction(func) {
        return typeof func === "function";
      }
      return Papa2;
    });
  }
});

// src/core/compare/rankedTasks.ts
import { createHash } from "node:crypto";

// src/core/json/listScan.ts
import { isUtf8 as isUtf82 } from "node:buffer";

// src/core/json/decimal.ts
var DECIMAL_PARTS = /^[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
function canonicalDecimal(text) {
  const m = DECIMAL_PARTS.exec(text);
  if (m === null) return void 0;
  const whole = m[1] ?? "";
  const fraction = m[2] ?? "";
  if (whole === "" && fraction === "") return void 0;
  let digits = (whole + fraction).replace(/^0+/, "");
  if (digits === "") return "0";
  let exponent = Number(m[3] ?? "0") - fraction.length;
  const trimmed = digits.replace(/0+$/, "");
  exponent += digits.length - trimmed.length;
  digits = trimmed;
  return `${digits}e${exponent}`;
}
function numberTextIsExact(text) {
  if (text.length <= 15 && !text.includes("e") && !text.includes("E")) return true;
  const value = Number(text);
  if (!Number.isFinite(value)) return false;
  return canonicalDecimal(text) === canonicalDecimal(String(Math.abs(value)));
}

// src/core/json/pointer.ts
function pointerSegments(pointer) {
  if (pointer === "" || pointer === "/") return pointer === "" ? [] : [""];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function pointerJoin(pointer, segment) {
  return `${pointer}/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

// src/core/json/scan.ts
var MAX_JSON_DEPTH = 1e3;
var MAX_LISTED_PER_FILE = 20;
function cleanTextScan(depth) {
  return { depth, duplicateKeys: [], duplicateKeyCount: 0, inexactNumbers: [], inexactNumberCount: 0 };
}
var QUOTE = 34;
var BACKSLASH = 92;
function stringEnd(text, start) {
  let end = text.indexOf('"', start + 1);
  for (; ; ) {
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}
function scanJsonText(text) {
  const scan = { depth: 0, duplicateKeys: [], duplicateKeyCount: 0, inexactNumbers: [], inexactNumberCount: 0 };
  const isObject = [];
  const keys = [];
  const segment = [];
  let expectKey = false;
  const pointerTo = (levels, last) => {
    let pointer = "";
    for (let d = 0; d < levels; d++) pointer = pointerJoin(pointer, segment[d]);
    return last === void 0 ? pointer : pointerJoin(pointer, last);
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      const top = isObject.length - 1;
      if (expectKey && top >= 0) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes("\\") ? JSON.parse(`"${raw}"`) : raw;
        let seen = keys[top];
        if (seen === void 0) keys[top] = seen = /* @__PURE__ */ new Set();
        if (seen.has(key)) {
          if (scan.duplicateKeyCount++ < MAX_LISTED_PER_FILE && top < MAX_JSON_DEPTH) scan.duplicateKeys.push(pointerTo(top, key));
        } else seen.add(key);
        segment[top] = key;
        expectKey = false;
      }
      i = end;
    } else if (c === 123 || c === 91) {
      isObject.push(c === 123);
      keys.push(void 0);
      segment.push(c === 123 ? "" : 0);
      if (isObject.length > scan.depth) scan.depth = isObject.length;
      expectKey = c === 123;
    } else if (c === 125 || c === 93) {
      isObject.pop();
      keys.pop();
      segment.pop();
    } else if (c === 44) {
      const top = isObject.length - 1;
      if (isObject[top] === true) expectKey = true;
      else segment[top] = segment[top] + 1;
    } else if (c === 45 || c >= 48 && c <= 57) {
      let end = i + 1;
      for (; end < n; end++) {
        const d = text.charCodeAt(end);
        if (!(d >= 48 && d <= 57 || d === 46 || d === 101 || d === 69 || d === 43 || d === 45)) break;
      }
      const token = text.slice(i, end);
      if (!numberTextIsExact(token)) {
        if (scan.inexactNumberCount++ < MAX_LISTED_PER_FILE && isObject.length <= MAX_JSON_DEPTH) scan.inexactNumbers.push({ pointer: pointerTo(isObject.length), text: token });
      }
      i = end - 1;
    }
  }
  return scan;
}

// src/core/json/text.ts
import { isUtf8 } from "node:buffer";
function startsWithUtf8Bom(bytes) {
  return bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
}
function decodeUtf8(bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    return { ok: false, problem: `encoded as UTF-16 (byte-order mark ${bytes[0] === 255 ? "FF FE" : "FE FF"}), not UTF-8` };
  }
  const bom = startsWithUtf8Bom(bytes);
  const body = bom ? bytes.subarray(3) : bytes;
  if (!isUtf8(body)) return { ok: false, problem: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})` };
  return { ok: true, value: { text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8"), bom } };
}
function firstInvalidUtf8(bytes) {
  let low = 0;
  let high = bytes.length;
  const prefixValid = (n) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (prefixValid(mid)) low = mid;
    else high = mid - 1;
  }
  let lead = low - 1;
  while (lead >= 0 && low - lead <= 3 && (bytes[lead] & 192) === 128) lead--;
  const first = lead >= 0 ? bytes[lead] : 0;
  const length = first >= 240 ? 4 : first >= 224 ? 3 : first >= 192 ? 2 : 1;
  return lead >= 0 && low - lead < length ? lead : low;
}
function lineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
function locateJsonError(text) {
  let i = 0;
  const stack = [];
  const ws = () => {
    while (i < text.length && " 	\n\r".includes(text[i])) i++;
  };
  const fail = (reason) => ({ offset: i, reason: i >= text.length ? "truncated (unexpected end of input)" : reason });
  const scalar = () => {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 34) {
          i++;
          return void 0;
        }
        if (ch < 32) return "control character in string";
        if (ch === 92) {
          const e = text[++i] ?? "";
          if (e === "u") {
            if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return "bad \\u escape";
            i += 4;
          } else if (!'"\\/bfnrt'.includes(e) || e === "") return "bad escape in string";
        }
      }
      return "unterminated string";
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m !== null && m[0] !== "" && m[0] !== "-") {
      i += m[0].length;
      return void 0;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return void 0;
      }
    }
    return `unexpected character ${JSON.stringify(c)}`;
  };
  const memberName = () => {
    if (text[i] !== '"') return "expected a property name";
    const bad = scalar();
    if (bad !== void 0) return bad;
    ws();
    if (text[i] !== ":") return "expected ':' after a property name";
    i++;
    ws();
    return void 0;
  };
  ws();
  for (; ; ) {
    const c = text[i];
    if (c === "{" || c === "[") {
      stack.push(c);
      i++;
      ws();
      if (text[i] === (c === "{" ? "}" : "]")) {
        stack.pop();
        i++;
      } else if (c === "{") {
        const bad = memberName();
        if (bad !== void 0) return fail(bad);
        continue;
      } else continue;
    } else {
      const bad = c === void 0 ? "x" : scalar();
      if (bad !== void 0) return fail(bad);
    }
    for (; ; ) {
      ws();
      const top = stack[stack.length - 1];
      if (top === void 0) {
        return i < text.length ? fail("unexpected text after the JSON value") : { offset: i, reason: "invalid JSON" };
      }
      const close = top === "{" ? "}" : "]";
      if (text[i] === close) {
        stack.pop();
        i++;
        continue;
      }
      if (text[i] !== ",") return fail(`expected ',' or '${close}'`);
      i++;
      ws();
      if (top === "{") {
        const bad = memberName();
        if (bad !== void 0) return fail(bad);
      }
      break;
    }
  }
}
function parseJsonText(text) {
  if (text.trim() === "") return { ok: false, problem: "empty file (no JSON value)" };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const { offset, reason } = locateJsonError(text);
    const { line, column } = lineColumn(text, offset);
    return { ok: false, problem: `invalid JSON at line ${line} column ${column}: ${reason}` };
  }
}

// src/core/json/listScan.ts
var LIST_KEYS = ["jobs", "ranked_jobs", "items", "results"];
var WRAPPER_KEYS = new Set(LIST_KEYS);
var PLAIN = 0;
var QUOTE_CLASS = 1;
var ESCAPE_CLASS = 2;
var CONTROL_CLASS = 3;
var STRING_CLASS = new Uint8Array(256);
for (let b = 0; b < 32; b++) STRING_CLASS[b] = CONTROL_CLASS;
STRING_CLASS[34] = QUOTE_CLASS;
STRING_CLASS[92] = ESCAPE_CLASS;
var SIMPLE_ESCAPES = new Uint8Array(256);
for (const c of '"\\/bfnrt') SIMPLE_ESCAPES[c.charCodeAt(0)] = 1;
var HEX = new Uint8Array(256);
for (const c of "0123456789abcdefABCDEF") HEX[c.charCodeAt(0)] = 1;
var VALUE = 0;
var VALUE_OR_CLOSE = 1;
var KEY = 2;
var KEY_OR_CLOSE = 3;
var COLON = 4;
var AFTER_VALUE = 5;
var DONE = 6;
var isDigit = (b) => b !== void 0 && b >= 48 && b <= 57;
function stringEnd2(bytes, words, start) {
  const n = bytes.length;
  let escaped = 0;
  let j = start + 1;
  for (; ; ) {
    if (words !== void 0 && (j & 3) === 0) {
      for (let w = j >> 2; w < words.length; w++) {
        const x = words[w];
        const q = x ^ 572662306;
        const b = x ^ 1549556828;
        if (((x - 538976288 | 0) & ~x | (q - 16843009 | 0) & ~q | (b - 16843009 | 0) & ~b) & 2155905152) break;
        j += 4;
      }
    }
    if (j >= n) return -1;
    const kind = STRING_CLASS[bytes[j]];
    if (kind === PLAIN) {
      j++;
      continue;
    }
    if (kind === QUOTE_CLASS) return j * 2 + escaped;
    if (kind !== ESCAPE_CLASS) return -1;
    escaped = 1;
    const next = bytes[j + 1];
    if (next === 117) {
      if (HEX[bytes[j + 2]] !== 1 || HEX[bytes[j + 3]] !== 1 || HEX[bytes[j + 4]] !== 1 || HEX[bytes[j + 5]] !== 1) return -1;
      j += 6;
    } else if (SIMPLE_ESCAPES[next] === 1) j += 2;
    else return -1;
  }
}
function numberEnd(bytes, i) {
  let j = i;
  if (bytes[j] === 45) j++;
  if (bytes[j] === 48) j++;
  else if (isDigit(bytes[j]) && bytes[j] !== 48) while (isDigit(bytes[j])) j++;
  else return -1;
  if (bytes[j] === 46) {
    j++;
    if (!isDigit(bytes[j])) return -1;
    while (isDigit(bytes[j])) j++;
  }
  if (bytes[j] === 101 || bytes[j] === 69) {
    j++;
    if (bytes[j] === 43 || bytes[j] === 45) j++;
    if (!isDigit(bytes[j])) return -1;
    while (isDigit(bytes[j])) j++;
  }
  return j;
}
function integerAt(bytes, i, end) {
  const negative = bytes[i] === 45;
  let value = 0;
  for (let k = negative ? i + 1 : i; k < end; k++) value = value * 10 + (bytes[k] - 48);
  return negative ? -value : value;
}
function holds(bytes, i, word) {
  for (let k = 0; k < word.length; k++) if (bytes[i + k] !== word[k]) return false;
  return true;
}
var TRUE = [..."true"].map((c) => c.charCodeAt(0));
var FALSE = [..."false"].map((c) => c.charCodeAt(0));
var NULL = [..."null"].map((c) => c.charCodeAt(0));
function keyHash(bytes, from, to) {
  const length = to - from;
  if (length === 0) return 0;
  return Math.imul(length, 2654435761) ^ bytes[from] << 8 ^ bytes[to - 1] << 16 ^ bytes[from + (length >> 1)] << 24 | 0;
}
function sameBytes(bytes, a, b, length) {
  for (let k = 0; k < length; k++) if (bytes[a + k] !== bytes[b + k]) return false;
  return true;
}
var KEY_SLOTS = 1024;
function keyTable(keys) {
  const table = new Array(KEY_SLOTS).fill(void 0);
  for (const name of new Set(keys)) {
    const bytes = Buffer.from(name, "utf8");
    const slot = keyHash(bytes, 0, bytes.length) & KEY_SLOTS - 1;
    (table[slot] ??= []).push({ name, bytes });
  }
  return table;
}
function wantedKey(table, hash, bytes, from, to) {
  const slot = table[hash & KEY_SLOTS - 1];
  if (slot === void 0) return void 0;
  for (const entry of slot) {
    if (entry.bytes.length !== to - from) continue;
    let k = 0;
    while (k < entry.bytes.length && entry.bytes[k] === bytes[from + k]) k++;
    if (k === entry.bytes.length) return entry.name;
  }
  return void 0;
}
function setKey(row, key, value) {
  if (key === "__proto__") Object.defineProperty(row, key, { value, enumerable: true, writable: true, configurable: true });
  else row[key] = value;
}
function takeReferenced(list, reference, referenceBytes, text, at) {
  const k = list.starts.length;
  if (k >= reference.starts.length) return 0;
  const from = reference.starts[k];
  const length = reference.ends[k] - from;
  if (at + length > text.length || text.compare(referenceBytes, from, from + length, at, at + length) !== 0) return 0;
  list.starts.push(at);
  list.ends.push(at + length);
  list.skeletons.push(reference.skeletons[k]);
  list.depths.push(reference.depths[k]);
  return length;
}
function scanJsonList(bytes, wanted, reference) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const referenceBytes = reference !== void 0 ? Buffer.from(reference.bytes.buffer, reference.bytes.byteOffset, reference.bytes.length) : void 0;
  const words = bytes.byteOffset % 4 === 0 ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2) : void 0;
  const fail = (problem, at) => ({ ok: false, problem: `${problem} at byte ${at}` });
  const rowKeys = keyTable(wanted.nested !== void 0 ? [...wanted.keys, wanted.nested.key] : wanted.keys);
  const nestedKeys = keyTable(wanted.nested?.keys ?? []);
  const nestedKey = wanted.nested?.key;
  const isObject = new Uint8Array(MAX_JSON_DEPTH + 1);
  const keyCounts = new Int32Array(MAX_JSON_DEPTH + 1);
  const keyHashes = [];
  const keyStarts = [];
  const keyEnds = [];
  const lists = /* @__PURE__ */ new Map();
  let depth = 0;
  let maxDepth = 0;
  let state = VALUE;
  let rootKey = "";
  let list;
  let listDepth = -9;
  let referenceList;
  let outerDepth = 0;
  let row;
  let rowKey;
  let variants;
  let variant;
  let variantKey;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c === 32 || c === 10 || c === 13 || c === 9) continue;
    let end;
    let closing = false;
    if (state === AFTER_VALUE) {
      if (c === 44) {
        state = isObject[depth - 1] === 1 ? KEY : VALUE;
        continue;
      }
      if (c !== (isObject[depth - 1] === 1 ? 125 : 93)) return fail("expected , or a closing bracket", i);
      closing = true;
      end = i + 1;
    } else if (state === COLON) {
      if (c !== 58) return fail("expected :", i);
      state = VALUE;
      continue;
    } else if (state === KEY || state === KEY_OR_CLOSE) {
      if (c === 125 && state === KEY_OR_CLOSE) {
        closing = true;
        end = i + 1;
      } else {
        if (c !== 34) return fail("expected a key", i);
        const found = stringEnd2(bytes, words, i);
        if (found < 0) return fail("invalid key string", i);
        if ((found & 1) === 1) return fail("escaped key", i);
        const close = found >>> 1;
        const hash = keyHash(bytes, i + 1, close);
        const top = depth - 1;
        const seen = keyHashes[top] ??= [];
        const starts = keyStarts[top] ??= [];
        const ends = keyEnds[top] ??= [];
        const count = keyCounts[top];
        for (let k = 0; k < count; k++) {
          if (seen[k] === hash && ends[k] - starts[k] === close - i - 1 && sameBytes(bytes, starts[k], i + 1, close - i - 1)) return fail("repeated key", i);
        }
        seen[count] = hash;
        starts[count] = i + 1;
        ends[count] = close;
        keyCounts[top] = count + 1;
        if (depth === 1) rootKey = text.utf8Slice(i + 1, close);
        else if (depth === listDepth + 1) rowKey = row === void 0 ? void 0 : wantedKey(rowKeys, hash, bytes, i + 1, close);
        else if (depth === listDepth + 3) variantKey = variant === void 0 ? void 0 : wantedKey(nestedKeys, hash, bytes, i + 1, close);
        i = close;
        state = COLON;
        continue;
      }
    } else if (state === DONE) return fail("text after the JSON value", i);
    else if (c === 93 && state === VALUE_OR_CLOSE) {
      closing = true;
      end = i + 1;
    } else {
      if (depth === listDepth) {
        const current = list;
        const taken = c === 123 && referenceList !== void 0 ? takeReferenced(current, referenceList, referenceBytes, text, i) : 0;
        if (taken > 0) {
          const elementDepth = current.depths[current.depths.length - 1];
          if (elementDepth > maxDepth) maxDepth = elementDepth;
          i += taken - 1;
          state = AFTER_VALUE;
          continue;
        }
        current.starts.push(i);
        row = c === 123 ? {} : void 0;
        current.skeletons.push(row);
        outerDepth = maxDepth;
        maxDepth = depth;
      } else if (depth === listDepth + 2 && variants !== void 0) {
        variant = c === 123 ? {} : void 0;
        variants.push(variant ?? null);
      }
      const copyTo = depth === listDepth + 1 && rowKey !== void 0 ? row : depth === listDepth + 3 && variantKey !== void 0 ? variant : void 0;
      const copyKey = copyTo === row ? rowKey : variantKey;
      if (c === 123 || c === 91) {
        if (depth >= MAX_JSON_DEPTH) return fail("nested too deeply", i);
        if (copyTo !== void 0) {
          if (c === 91 && copyTo === row && copyKey === nestedKey) setKey(copyTo, copyKey, variants = []);
          else setKey(copyTo, copyKey, c === 123 ? {} : []);
        }
        if (c === 91 && list === void 0 && (depth === 0 || depth === 1 && isObject[0] === 1 && WRAPPER_KEYS.has(rootKey))) {
          const pointer = depth === 0 ? "" : `/${rootKey}`;
          if (!lists.has(pointer)) {
            list = { starts: [], ends: [], skeletons: [], depths: [] };
            lists.set(pointer, list);
            listDepth = depth + 1;
            referenceList = reference?.pointer === pointer ? reference.list : void 0;
          }
        }
        isObject[depth] = c === 123 ? 1 : 0;
        keyCounts[depth] = 0;
        depth++;
        if (depth > maxDepth) maxDepth = depth;
        state = c === 123 ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
        continue;
      }
      let value = null;
      if (c === 34) {
        const found = stringEnd2(bytes, words, i);
        if (found < 0) return fail("invalid string", i);
        end = (found >>> 1) + 1;
        if (copyTo !== void 0) value = (found & 1) === 1 ? JSON.parse(text.utf8Slice(i, end)) : text.utf8Slice(i + 1, end - 1);
      } else if (c === 45 || c >= 48 && c <= 57) {
        end = numberEnd(bytes, i);
        if (end < 0) return fail("invalid number", i);
        let plainInteger = end - i <= 15;
        for (let k = i; k < end && plainInteger; k++) plainInteger = bytes[k] !== 46 && bytes[k] !== 101 && bytes[k] !== 69;
        if (plainInteger) {
          if (copyTo !== void 0) value = integerAt(bytes, i, end);
        } else {
          const literal = text.latin1Slice(i, end);
          if (!numberTextIsExact(literal)) return fail("inexact number", i);
          value = Number(literal);
        }
      } else if (c === 116 && holds(bytes, i, TRUE)) {
        end = i + 4;
        value = true;
      } else if (c === 102 && holds(bytes, i, FALSE)) {
        end = i + 5;
        value = false;
      } else if (c === 110 && holds(bytes, i, NULL)) {
        end = i + 4;
        value = null;
      } else return fail("unexpected byte", i);
      if (copyTo !== void 0) setKey(copyTo, copyKey, value);
      i = end - 1;
    }
    if (closing) {
      depth--;
      if (depth === listDepth - 1) {
        list = void 0;
        listDepth = -9;
        referenceList = void 0;
      } else if (depth === listDepth) row = void 0;
      else if (depth === listDepth + 1) variants = void 0;
      else if (depth === listDepth + 2) variant = void 0;
    }
    if (depth === listDepth) {
      ;
      list.ends.push(end);
      list.depths.push(maxDepth);
      if (outerDepth > maxDepth) maxDepth = outerDepth;
    } else if (depth === listDepth + 1) rowKey = void 0;
    else if (depth === listDepth + 3) variantKey = void 0;
    state = depth === 0 ? DONE : AFTER_VALUE;
  }
  if (state !== DONE) return fail("unexpected end", n);
  return { ok: true, depth: maxDepth, lists };
}
function scanPlainJson(bytes, wanted, reference) {
  if (startsWithUtf8Bom(bytes) || !isUtf82(bytes)) return { ok: false, problem: "not plain UTF-8" };
  return scanJsonList(bytes, wanted, reference);
}
function pickedList(lists) {
  for (const pointer of ["", ...LIST_KEYS.map((key) => `/${key}`)]) {
    const list = lists.get(pointer);
    if (list !== void 0) return { pointer, list };
  }
  return void 0;
}

// src/core/policy/tolerance.ts
function toleranceOptions(policy) {
  const perField = policy.tolerance;
  return { tolerance: policy.numericTolerance, ...perField !== void 0 && Object.keys(perField).length > 0 ? { fieldTolerance: perField } : {} };
}
function toleranceFor(policy, field) {
  const perField = policy.tolerance;
  return field !== void 0 && perField !== void 0 && Object.hasOwn(perField, field) ? perField[field] : policy.numericTolerance;
}

// src/core/policy/normalize.ts
function droppedKeys(policy, allowRunIdDrift) {
  return /* @__PURE__ */ new Set([...policy.volatileKeys, ...allowRunIdDrift ? policy.driftKeys : []]);
}
var DOCUMENT_KINDS = /* @__PURE__ */ new Set(["run_summary", "run_health", "provider_availability"]);
function compilePolicy(policy, options) {
  const ranked = droppedKeys(policy, options.allowRunIdDrift);
  const documents = droppedKeys(policy, true);
  const normalizers = /* @__PURE__ */ new Map();
  const topK = policy.ranking?.topK;
  return {
    policy,
    allowRunIdDrift: options.allowRunIdDrift,
    droppedKeys: ranked,
    documentDroppedKeys: documents,
    normalizer(kind) {
      let normalize = normalizers.get(kind);
      if (normalize === void 0) {
        normalize = makePointerNormalizer(DOCUMENT_KINDS.has(kind) ? documents : ranked, policy.ignore[kind]);
        normalizers.set(kind, normalize);
      }
      return normalize;
    },
    values: toleranceOptions(policy),
    toleranceFor: (field) => toleranceFor(policy, field),
    ...topK !== void 0 ? { topK } : {}
  };
}
function setOwn(target, key, value) {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
function makePointerNormalizer(dropKeys, pointers) {
  const patterns = pointers.map(pointerSegments);
  const walk = (value, active) => {
    if (value === null || typeof value !== "object") return value;
    const childPatterns = (segment) => {
      const rest = [];
      let drop = false;
      for (const pattern of active) {
        const head = pattern[0];
        if (head !== "*" && head !== segment) continue;
        if (pattern.length === 1) drop = true;
        else rest.push(pattern.slice(1));
      }
      return { drop, rest };
    };
    if (Array.isArray(value)) {
      const out2 = [];
      value.forEach((item, index) => {
        const { drop, rest } = childPatterns(String(index));
        if (!drop) out2.push(walk(item, rest));
      });
      return out2;
    }
    const out = {};
    for (const key of Object.keys(value)) {
      if (dropKeys.has(key)) continue;
      const { drop, rest } = childPatterns(key);
      if (!drop) setOwn(out, key, walk(value[key], rest));
    }
    return out;
  };
  return (value) => walk(value, patterns);
}

// src/core/model/finding.ts
var UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
function printable(text) {
  UNPRINTABLE.lastIndex = 0;
  if (!UNPRINTABLE.test(text)) return text;
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function findingOf(table) {
  return (kind, fields) => ({ kind, severity: fields.severity ?? table[kind].severity, ...fields, message: printable(fields.message) });
}

// src/core/json/values.ts
function optionsForKey(options, key) {
  const own = options.fieldTolerance;
  if (own === void 0 || !Object.hasOwn(own, key)) return options;
  const tolerance = own[key];
  return tolerance === options.tolerance ? options : { ...options, tolerance };
}
var DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
function decimalNumber(text) {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return void 0;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : void 0;
}
function numbersEqual(a, b, tolerance) {
  return a === b || Math.abs(a - b) <= tolerance;
}
function leavesEqual(a, b, options) {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return numbersEqual(a, b, options.tolerance);
  if (options.numericStrings === true && typeof a === "string" && typeof b === "string") {
    const x = decimalNumber(a);
    const y = decimalNumber(b);
    if (x === void 0 || y === void 0) return false;
    if (x === y && options.tolerance === 0) return canonicalDecimal(a.trim()) === canonicalDecimal(b.trim());
    return numbersEqual(x, y, options.tolerance);
  }
  return false;
}
var NO_KEYS = /* @__PURE__ */ new Set();
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function valuesEqual(a, b, options) {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!valuesEqual(a[i], b[i], options)) return false;
    return true;
  }
  if (isJsonObject(a)) {
    if (!isJsonObject(b)) return false;
    const skip = options.skipKeys ?? NO_KEYS;
    let compared = 0;
    for (const key in a) {
      if (skip.has(key)) continue;
      compared++;
      if (!Object.hasOwn(b, key) || !valuesEqual(a[key], b[key], optionsForKey(options, key))) return false;
    }
    for (const key in b) if (!skip.has(key)) compared--;
    return compared === 0;
  }
  return !Array.isArray(b) && !isJsonObject(b) && leavesEqual(a, b, options);
}
function diffValues(left, right, options, pointer = "") {
  const out = [];
  const walk = (a, b, at, opts) => {
    if (a === void 0 || b === void 0) {
      if (a !== b) out.push(difference(at, a, b));
      return;
    }
    if (isJsonObject(a) && isJsonObject(b)) {
      for (const key of Object.keys(a)) walk(a[key], Object.hasOwn(b, key) ? b[key] : void 0, pointerJoin(at, key), optionsForKey(opts, key));
      for (const key of Object.keys(b)) if (!Object.hasOwn(a, key)) walk(void 0, b[key], pointerJoin(at, key), opts);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      for (let i = 0; i < a.length; i++) walk(a[i], b[i], pointerJoin(at, i), opts);
      return;
    }
    if (!valuesEqual(a, b, opts)) out.push(difference(at, a, b));
  };
  walk(left, right, pointer, options);
  return out;
}
function difference(pointer, left, right) {
  const d = { pointer };
  if (left !== void 0) d.left = left;
  if (right !== void 0) d.right = right;
  return d;
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isJsonObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
function describeValue(value) {
  return value === void 0 ? "absent" : JSON.stringify(value);
}
var PREVIEW_CHARS = 60;
function previewValue(value) {
  if (value === void 0) return "(absent)";
  const text = JSON.stringify(value);
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}\u2026` : text;
}

// src/core/acquire/layout.ts
var DOCUMENT_PATHS = {
  run_summary: "run_summary.v1.json",
  run_health: "run_health.v1.json",
  provider_availability: "artifacts/provider_availability_v1.json"
};
var RANKED_KINDS = ["ranked_json", "ranked_csv", "ranked_families_json"];
function conventionPath(kind, { provider, profile }) {
  const file = kind === "ranked_json" ? `${provider}_ranked_jobs.${profile}.json` : kind === "ranked_csv" ? `${provider}_ranked_jobs.${profile}.csv` : `${provider}_ranked_families.${profile}.json`;
  return `${provider}/${profile}/${file}`;
}
function rankedArtifactId(kind, { provider, profile }) {
  return `${kind}:${provider}:${profile}`;
}
var CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
function isPlainName(name) {
  return name !== "" && name !== "." && name !== ".." && !name.includes("/") && !name.includes("\\") && !CONTROL.test(name);
}
function recordedRankedOutputs(summary) {
  const targets = [];
  const recorded = /* @__PURE__ */ new Map();
  const rejected = [];
  const outputs = isJsonObject(summary) ? summary.ranked_outputs : void 0;
  if (!isJsonObject(outputs)) return { targets, recorded, rejected };
  for (const kind of RANKED_KINDS) {
    const entries = outputs[kind];
    if (!Array.isArray(entries)) continue;
    for (const [index, entry] of entries.entries()) {
      if (!isJsonObject(entry) || typeof entry.provider !== "string" || typeof entry.profile !== "string") continue;
      if (!isPlainName(entry.provider) || !isPlainName(entry.profile)) {
        rejected.push({ pointer: `/ranked_outputs/${kind}/${index}`, provider: JSON.stringify(entry.provider), profile: JSON.stringify(entry.profile) });
        continue;
      }
      const target = { provider: entry.provider, profile: entry.profile };
      if (!targets.some((t) => t.provider === target.provider && t.profile === target.profile)) targets.push(target);
      recorded.set(rankedArtifactId(kind, target), {
        ...typeof entry.path === "string" ? { path: entry.path } : {},
        ...typeof entry.sha256 === "string" ? { sha256: entry.sha256 } : {}
      });
    }
  }
  return { targets, recorded, rejected };
}
var RANKED_FILE = /^(.+)_ranked_(?:jobs|families)\.(.+)\.(?:json|csv)$/;
async function discoverRankedTargets(runDir) {
  const targets = [];
  for (const providerDir of await runDir.list("")) {
    if (!providerDir.isDirectory || !isPlainName(providerDir.name)) continue;
    for (const profileDir of await runDir.list(providerDir.name)) {
      if (!profileDir.isDirectory || !isPlainName(profileDir.name)) continue;
      const files = await runDir.list(`${providerDir.name}/${profileDir.name}`);
      const matches = files.some((file) => {
        const m = RANKED_FILE.exec(file.name);
        return m !== null && m[1] === providerDir.name && m[2] === profileDir.name;
      });
      if (matches) targets.push({ provider: providerDir.name, profile: profileDir.name });
    }
  }
  return targets;
}
function mergeTargets(...lists) {
  const seen = /* @__PURE__ */ new Map();
  for (const list of lists) for (const t of list) seen.set(JSON.stringify([t.provider, t.profile]), t);
  return [...seen.values()].sort((a, b) => a.provider === b.provider ? a.profile < b.profile ? -1 : 1 : a.provider < b.provider ? -1 : 1);
}
var RANKED_PATH = /^([^/]+)\/([^/]+)\/\1_ranked_(jobs|families)\.\2\.(json|csv)$/;
function artifactIdOfPath(relPath) {
  for (const [id, path] of Object.entries(DOCUMENT_PATHS)) if (path === relPath) return id;
  const m = RANKED_PATH.exec(relPath);
  if (m !== null) {
    const kind = m[3] === "jobs" ? m[4] === "json" ? "ranked_json" : "ranked_csv" : m[4] === "json" ? "ranked_families_json" : void 0;
    if (kind !== void 0) return rankedArtifactId(kind, { provider: m[1], profile: m[2] });
  }
  return `file:${relPath}`;
}
function runDirRelativeOfRecorded(recorded) {
  const segments = recorded.split(/[\\/]/);
  const at = segments.lastIndexOf("runs");
  if (at < 0 || at + 2 >= segments.length) return void 0;
  const rest = segments.slice(at + 2);
  if (rest.some((s) => !isPlainName(s))) return void 0;
  return rest.join("/");
}
function rankedOutputRelative(provider, profile, recorded) {
  const name = recorded.split(/[\\/]/).pop() ?? "";
  return isPlainName(provider) && isPlainName(profile) && isPlainName(name) ? `${provider}/${profile}/${name}` : void 0;
}

// src/core/load/artifact.ts
var NO_ROW_KEYS = { keys: [] };
var LOAD_KINDS = {
  missing: {
    severity: "error",
    category: "presence",
    stage: "run-status",
    description: "a required artifact is absent on one side. When the run-dir file is missing and run_summary records an absolute path elsewhere (normal on-prem: the data dir), the message says that path lies outside the run dir and was not read",
    fields: "side, path",
    rules: ["missing/not-found", "missing/recorded-outside"]
  },
  unreadable: {
    severity: "error",
    category: "presence",
    stage: "run-status",
    description: "the file exists but can't be used: invalid JSON (line and column), invalid UTF-8 or UTF-16, empty, a folder, over a size or file-count limit, the wrong JSON type, or nested deeper than 1000 levels. It's a warning for a byte-order mark. With a `pointer`, only that place is affected and the file is still compared: a ragged CSV row, a non-object job, a duplicate key, a number that does not survive parsing (see below). Artifact `run_dir` (no presence row) for a folder listing or a provider/profile count cut at `max-files`; an unexpected internal failure while handling one artifact is one `unreadable` finding naming it",
    fields: "side?, path?, pointer?",
    rules: ["unreadable/read-failed", "unreadable/not-utf8", "unreadable/invalid-json", "unreadable/byte-order-mark", "unreadable/not-object", "unreadable/too-deep", "unreadable/duplicate-key", "unreadable/inexact-number", "unreadable/invalid-csv", "unreadable/repeated-column", "unreadable/ragged-row", "unreadable/not-a-list", "unreadable/bad-entry", "unreadable/run-dir", "unreadable/internal-error"]
  },
  "unsafe-path": {
    severity: "error",
    category: "presence",
    stage: "run-status",
    description: "a path or symlink leads outside the run dir, a file has more than one hard link, or is a device, socket or FIFO, or run_summary records a ranked path that climbs out with `..` (or holds a NUL byte), or a provider/profile name that is not a plain folder name. It wasn't followed, and its content is never shown",
    fields: "side, path",
    rules: ["unsafe-path/not-followed", "unsafe-path/recorded-path", "unsafe-path/not-plain-name"]
  }
};
var finding = findingOf(LOAD_KINDS);
function readFindings(artifact, runDir, read) {
  const side = runDir.side;
  if (read.state === "present") return { state: "present", relPath: read.relPath, findings: [], bytes: read.bytes };
  if (read.state === "missing") {
    return {
      state: "missing",
      relPath: read.relPath,
      findings: [finding("missing", { artifact, rule: "missing/not-found", side, path: read.relPath, message: "not found" })]
    };
  }
  const kind = read.unsafe ? "unsafe-path" : "unreadable";
  return {
    state: "unreadable",
    relPath: read.relPath,
    findings: [finding(kind, { artifact, rule: read.unsafe ? "unsafe-path/not-followed" : "unreadable/read-failed", side, path: read.relPath, message: read.problem })]
  };
}
function parseArtifactJson(artifact, runDir, read, options) {
  if (read.bytes === void 0) return { findings: [] };
  const side = runDir.side;
  const unreadable = (rule, problem, pointer) => finding("unreadable", { artifact, rule, side, path: read.relPath, ...pointer !== void 0 ? { pointer } : {}, message: problem });
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) return { findings: [unreadable("unreadable/not-utf8", decoded.problem)] };
  const { text, bom } = decoded.value;
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { findings: [unreadable("unreadable/invalid-json", parsed.problem)] };
  const findings = [];
  if (bom) {
    findings.push(
      finding("unreadable", {
        artifact,
        rule: "unreadable/byte-order-mark",
        side,
        path: read.relPath,
        severity: "warning",
        message: "starts with a UTF-8 byte-order mark (ignored)"
      })
    );
  }
  const value = parsed.value;
  if (options.expectObject && (typeof value !== "object" || value === null || Array.isArray(value))) {
    const got = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
    findings.push(unreadable("unreadable/not-object", `expected a JSON object, got ${got}`));
    return { findings };
  }
  const quick = scanJsonList(bom ? read.bytes.subarray(3) : read.bytes, NO_ROW_KEYS);
  const scan = quick.ok ? cleanTextScan(quick.depth) : scanJsonText(text);
  if (scan.depth > MAX_JSON_DEPTH) {
    findings.push(unreadable("unreadable/too-deep", `nested ${scan.depth} levels deep, over the limit of ${MAX_JSON_DEPTH}; not compared`));
    return { findings };
  }
  scan.duplicateKeys.forEach((pointer, i) => {
    const key = pointerSegments(pointer).pop() ?? "";
    const more = i === scan.duplicateKeys.length - 1 && scan.duplicateKeyCount > scan.duplicateKeys.length;
    findings.push(
      unreadable(
        "unreadable/duplicate-key",
        `duplicate key ${JSON.stringify(key)} in one object; JSON parsers keep only the last value, so the earlier one is not compared` + (more ? ` (and ${scan.duplicateKeyCount - scan.duplicateKeys.length} more duplicate keys in this file)` : ""),
        pointer
      )
    );
  });
  return { value, findings, inexact: { side, relPath: read.relPath, numbers: scan.inexactNumbers, count: scan.inexactNumberCount } };
}
function isCleanJson(bytes) {
  return scanPlainJson(bytes, NO_ROW_KEYS).ok;
}
function exactValue(text) {
  const negative = text.startsWith("-");
  const canonical = canonicalDecimal(negative ? text.slice(1) : text) ?? text;
  return negative && canonical !== "0" ? `-${canonical}` : canonical;
}
function inexactNumberFindings(artifact, left, right) {
  const findings = [];
  for (const [mine, other] of [
    [left, right],
    [right, left]
  ]) {
    if (mine === void 0) continue;
    const otherValue = new Map((other?.numbers ?? []).map((n) => [n.pointer, exactValue(n.text)]));
    mine.numbers.forEach((number, i) => {
      const same = otherValue.get(number.pointer) === exactValue(number.text);
      const more = i === mine.numbers.length - 1 && mine.count > mine.numbers.length;
      findings.push(
        finding("unreadable", {
          artifact,
          rule: "unreadable/inexact-number",
          side: mine.side,
          path: mine.relPath,
          pointer: number.pointer,
          severity: same ? "warning" : "error",
          [mine.side]: number.text,
          message: `number ${number.text} cannot be held exactly (it reads as ${String(Number(number.text))})` + (same ? "; the other side has the same exact value, so they are equal" : "; a different value could read the same, so it is not trusted") + (more ? ` (and ${mine.count - mine.numbers.length} more such numbers in this file)` : "")
        })
      );
    });
  }
  return findings;
}

// src/core/compare/sameSources.ts
function equalSources(left, right, partner) {
  const same = new Uint8Array(left.length);
  const spanOf = (position2) => {
    const other = partner[position2];
    if (other === -1) return void 0;
    const a = left[position2]?.source;
    const b = right[other]?.source;
    return a !== void 0 && b !== void 0 ? [a, b] : void 0;
  };
  const settle = (from, to, first, last) => {
    const [a0, b0] = first;
    const [a1, b1] = last;
    const equal = a1.end - a0.start === b1.end - b0.start && a0.bytes.compare(b0.bytes, b0.start, b1.end, a0.start, a1.end) === 0;
    if (equal) same.fill(1, from, to);
    else if (to - from > 1) {
      const middle = from + to >> 1;
      settle(from, middle, first, spanOf(middle - 1));
      settle(middle, to, spanOf(middle), last);
    }
  };
  let position = 0;
  while (position < left.length) {
    const first = spanOf(position);
    if (first === void 0) {
      position++;
      continue;
    }
    let last = first;
    let end = position + 1;
    for (; end < left.length && partner[end] === partner[end - 1] + 1; end++) {
      const next = spanOf(end);
      if (next === void 0) break;
      const [a, b] = next;
      const aligned = a.bytes === first[0].bytes && b.bytes === first[1].bytes && a.start >= last[0].end && b.start >= last[1].end && a.start - first[0].start === b.start - first[1].start && a.end - first[0].start === b.end - first[1].start;
      if (!aligned) break;
      last = next;
    }
    settle(position, end, first, last);
    position = end;
  }
  return same;
}

// src/core/compare/keyedList.ts
var KEYED_LIST_KINDS = {
  "job-added": {
    severity: "error",
    category: "content",
    stage: "ranking",
    description: "a ranked job exists on the right side only",
    fields: "job, field `rank`, right = 1-based rank",
    rules: []
  },
  "job-removed": {
    severity: "error",
    category: "content",
    stage: "ranking",
    description: "a ranked job exists on the left side only",
    fields: "job, field `rank`, left = 1-based rank",
    rules: []
  },
  "job-moved": {
    severity: "error",
    category: "content",
    stage: "ranking",
    description: "a job is outside the longest common order of the two lists (a warning below the policy's `ranking.topK`)",
    fields: "job, field `rank`, left, right",
    rules: []
  },
  "job-score": {
    severity: "error",
    category: "content",
    stage: "scoring",
    description: "a score field differs (numerically, within the policy's tolerance)",
    fields: "job, field, pointer, left, right",
    rules: []
  },
  "job-field": {
    severity: "error",
    category: "content",
    stage: "scoring",
    description: "any other changed leaf of a job",
    fields: "job, field (top-level key), pointer, left, right",
    rules: []
  },
  "job-duplicate": {
    severity: "error",
    category: "validity",
    stage: "ranking",
    description: "two jobs on one side share an identity; neither is silently picked",
    fields: "side, path, job",
    rules: []
  },
  "job-identity": {
    severity: "warning",
    category: "validity",
    stage: "ranking",
    description: "a job has no identity field. It is matched by its content instead",
    fields: "side, path, pointer?",
    rules: []
  },
  family: {
    severity: "error",
    category: "content",
    stage: "derived",
    description: "a ranked family was added, removed, moved or changed (its `rule` says which)",
    fields: "job, field, pointer, left, right, rule",
    rules: ["family/added", "family/removed", "family/moved", "family/score", "family/field"]
  }
};
var finding2 = findingOf(KEYED_LIST_KINDS);
var loadFinding = findingOf(LOAD_KINDS);
var JOB_KINDS = {
  added: { kind: "job-added" },
  removed: { kind: "job-removed" },
  moved: { kind: "job-moved" },
  score: { kind: "job-score" },
  field: { kind: "job-field" }
};
var FAMILY_KINDS = {
  added: { kind: "family", rule: "family/added" },
  removed: { kind: "family", rule: "family/removed" },
  moved: { kind: "family", rule: "family/moved" },
  score: { kind: "family", rule: "family/score" },
  field: { kind: "family", rule: "family/field" }
};
function differenceFinding(difference2, fields) {
  return finding2(difference2.kind, difference2.rule !== void 0 ? { ...fields, rule: difference2.rule } : fields);
}
function keyedListSpec(artifact, compiled, flavour, rows) {
  const { identityFields, scoreFields, ordering } = compiled.policy;
  const topK = compiled.topK;
  return {
    artifact,
    ...flavour,
    ...rows,
    identityFields,
    scoreFields,
    droppedKeys: compiled.droppedKeys,
    ordering,
    ...topK !== void 0 ? { topK } : {}
  };
}
function identityOf(row, fields) {
  for (const field of fields) {
    if (!Object.hasOwn(row, field)) continue;
    const value = row[field];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
  }
  return void 0;
}
function rowPointer(row) {
  return `${row.listPointer}/${row.index}`;
}
function quotedTitle(title) {
  return title !== void 0 ? ` (${JSON.stringify(title)})` : "";
}
function label(spec, row) {
  const name = row.identity !== void 0 ? `${spec.noun} ${row.identity}` : `${spec.noun} at index ${row.index}`;
  return `${name}${quotedTitle(row.title)}`;
}
function identityFinding(spec, side, row) {
  return finding2("job-identity", {
    artifact: spec.artifact,
    side,
    pointer: rowPointer(row),
    message: `${spec.noun} at index ${row.index}${quotedTitle(row.title)} has none of the identity fields (${spec.identityFields.join(", ")}); it is matched by its whole content`
  });
}
function tooDeepFinding(spec, side, row) {
  return loadFinding("unreadable", {
    artifact: spec.artifact,
    rule: "unreadable/too-deep",
    ...side !== void 0 ? { side } : {},
    pointer: rowPointer(row),
    message: `${spec.noun} at index ${row.index} is nested too deeply to compare`
  });
}
function repeatKey(row) {
  return `${row.identity !== void 0 ? "i" : "c"}${row.key}`;
}
function indexRows(spec, side, rows) {
  const index = { byIdentity: /* @__PURE__ */ new Map(), byContent: /* @__PURE__ */ new Map(), repeats: /* @__PURE__ */ new Map() };
  rows.forEach((row, position) => {
    const map = row.identity !== void 0 ? index.byIdentity : index.byContent;
    if (!map.has(row.key)) {
      map.set(row.key, position);
      return;
    }
    const key = repeatKey(row);
    const more = index.repeats.get(key);
    if (more === void 0) index.repeats.set(key, [position]);
    else more.push(position);
  });
  const findings = [];
  for (const [key, more] of index.repeats) {
    if (!key.startsWith("i")) continue;
    const first = rows[index.byIdentity.get(key.slice(1))];
    const indexes = [first.index, ...more.map((position) => rows[position].index)];
    findings.push(
      finding2("job-duplicate", {
        artifact: spec.artifact,
        side,
        job: first.identity,
        message: `${spec.noun} ${first.identity} appears ${indexes.length} times (indexes ${indexes.join(", ")}); occurrences are paired with the other side's in order`
      })
    );
  }
  return { index, findings };
}
function inspectKeyedRows(spec, side, rows) {
  return indexRows(spec, side, rows).findings;
}
function selfMatching(spec, rows) {
  const ranks = Int32Array.from(rows, (row) => row.index + 1);
  const ties = tieRanks(spec, rows);
  return { jobs: rows.map(pairName), leftRanks: ranks, rightRanks: ranks, leftTies: ties, rightTies: ties, moved: new Uint8Array(rows.length), addedRanks: [], removedRanks: [] };
}
function pairName(row) {
  return row.identity ?? `index ${row.index}`;
}
function pairRows(left, l, r) {
  const partner = new Int32Array(left.length).fill(-1);
  const repeated = l.repeats.size > 0 && r.repeats.size > 0;
  left.forEach((row, position) => {
    const first = (row.identity !== void 0 ? l.byIdentity : l.byContent).get(row.key);
    if (first !== position) return;
    const other = (row.identity !== void 0 ? r.byIdentity : r.byContent).get(row.key);
    if (other === void 0) return;
    partner[position] = other;
    if (!repeated) return;
    const key = repeatKey(row);
    const leftMore = l.repeats.get(key) ?? [];
    const rightMore = r.repeats.get(key) ?? [];
    for (let k = 0; k < Math.min(leftMore.length, rightMore.length); k++) partner[leftMore[k]] = rightMore[k];
  });
  return partner;
}
function compareKeyedRows(spec, left, right) {
  const l = indexRows(spec, "left", left);
  const r = indexRows(spec, "right", right);
  const findings = [...l.findings, ...r.findings];
  const partner = pairRows(left, l.index, r.index);
  const matchedRight = new Uint8Array(right.length);
  for (const other of partner) if (other !== -1) matchedRight[other] = 1;
  left.forEach((row, position) => {
    if (partner[position] !== -1) return;
    findings.push(
      differenceFinding(spec.kinds.removed, {
        artifact: spec.artifact,
        ...jobField(row),
        field: "rank",
        pointer: rowPointer(row),
        left: row.index + 1,
        message: `${label(spec, row)} removed (was rank ${row.index + 1})`
      })
    );
  });
  right.forEach((row, position) => {
    if (matchedRight[position] === 1) return;
    findings.push(
      differenceFinding(spec.kinds.added, {
        artifact: spec.artifact,
        ...jobField(row),
        field: "rank",
        pointer: rowPointer(row),
        right: row.index + 1,
        message: `${label(spec, row)} added at rank ${row.index + 1}`
      })
    );
  });
  const leftTies = tieRanks(spec, left);
  const rightTies = tieRanks(spec, right);
  const moved = new Uint8Array(left.length);
  for (const position of movedPositions(spec, left, right, partner, leftTies, rightTies)) {
    moved[position] = 1;
    const a = left[position];
    const b = right[partner[position]];
    const belowTopK = spec.topK !== void 0 && a.index + 1 > spec.topK && b.index + 1 > spec.topK;
    findings.push(
      differenceFinding(spec.kinds.moved, {
        artifact: spec.artifact,
        ...jobField(a),
        field: "rank",
        pointer: rowPointer(a),
        left: a.index + 1,
        right: b.index + 1,
        ...belowTopK ? { severity: "warning" } : {},
        message: `${label(spec, a)} moved from rank ${a.index + 1} to rank ${b.index + 1}${belowTopK ? ` (below the top ${spec.topK}, where order may drift)` : ""}`
      })
    );
  }
  const quick = { ...spec.values, skipKeys: spec.droppedKeys };
  const same = equalSources(left, right, partner);
  partner.forEach((other, position) => {
    if (other === -1 || same[position] === 1) return;
    const a = left[position];
    const b = right[other];
    if (a.record === void 0 || a.record !== b.record) compareContents(spec, quick, a, b, findings);
  });
  return { findings, matching: matchingOf(left, right, partner, matchedRight, moved, leftTies, rightTies) };
}
function matchingOf(left, right, partner, matchedRight, moved, leftTies, rightTies) {
  let shared = 0;
  for (const other of partner) if (other !== -1) shared++;
  const matching = {
    jobs: new Array(shared),
    leftRanks: new Int32Array(shared),
    rightRanks: new Int32Array(shared),
    leftTies: new Int32Array(shared),
    rightTies: new Int32Array(shared),
    moved: new Uint8Array(shared),
    addedRanks: [],
    removedRanks: []
  };
  let k = 0;
  partner.forEach((other, position) => {
    const row = left[position];
    if (other === -1) {
      matching.removedRanks.push(row.index + 1);
      return;
    }
    matching.jobs[k] = pairName(row);
    matching.leftRanks[k] = row.index + 1;
    matching.rightRanks[k] = right[other].index + 1;
    matching.leftTies[k] = leftTies[position];
    matching.rightTies[k] = rightTies[other];
    matching.moved[k] = moved[position];
    k++;
  });
  right.forEach((row, position) => {
    if (matchedRight[position] !== 1) matching.addedRanks.push(row.index + 1);
  });
  return matching;
}
function jobField(row) {
  return row.identity !== void 0 ? { job: row.identity } : {};
}
function movedPositions(spec, left, right, partner, leftTies, rightTies) {
  const leftOrder = canonicalOrder(spec, left, leftTies);
  const rightOrder = canonicalOrder(spec, right, rightTies);
  const rightRank = new Int32Array(right.length);
  rightOrder.forEach((position, rank) => rightRank[position] = rank);
  const matched = [];
  const sequence = [];
  for (const position of leftOrder) {
    const other = partner[position];
    if (other === -1) continue;
    matched.push(position);
    sequence.push(rightRank[other]);
  }
  const kept = longestIncreasingSubsequence(sequence);
  return matched.filter((_, i) => !kept[i]);
}
function canonicalOrder(spec, rows, ties) {
  const order = rows.map((_, position) => position);
  if (spec.ordering === "strict") return order;
  return order.sort((a, b) => {
    const x = rows[a].key;
    const y = rows[b].key;
    return ties[a] - ties[b] || (x < y ? -1 : x > y ? 1 : a - b);
  });
}
function tieRanks(spec, rows) {
  const ties = Int32Array.from(rows, (row) => row.index + 1);
  if (spec.ordering === "strict") return ties;
  let runRank = 0;
  let runScore;
  let runTolerance = spec.values.tolerance;
  rows.forEach((row, position) => {
    const primary = primaryScore(spec, row);
    const score = primary?.value;
    if (score === void 0 || runScore === void 0 || !numbersEqual(score, runScore, runTolerance)) {
      runRank = row.index + 1;
      runScore = score;
      runTolerance = primary === void 0 ? spec.values.tolerance : optionsForKey(spec.values, primary.field).tolerance;
    }
    ties[position] = runRank;
  });
  return ties;
}
function primaryScore(spec, row) {
  if (row.primary !== void 0) return row.primary ?? void 0;
  for (const field of spec.scoreFields) {
    if (spec.droppedKeys.has(field) || !Object.hasOwn(row.raw, field)) continue;
    const value = row.raw[field];
    if (typeof value === "number") return { field, value };
    if (typeof value === "string" && spec.values.numericStrings === true) return { field, value: decimalNumber(value) };
    return { field, value: void 0 };
  }
  return void 0;
}
function longestIncreasingSubsequence(sequence) {
  const tails = [];
  const previous = new Int32Array(sequence.length);
  sequence.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (sequence[tails[mid]] < value) low = mid + 1;
      else high = mid;
    }
    previous[i] = low > 0 ? tails[low - 1] : -1;
    tails[low] = i;
  });
  const member = new Array(sequence.length).fill(false);
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i !== -1; i = previous[i]) member[i] = true;
  return member;
}
function compareContents(spec, quick, a, b, findings) {
  try {
    if (valuesEqual(a.raw, b.raw, quick)) return;
    const before = spec.normalize(a.raw);
    const after = spec.normalize(b.raw);
    if (valuesEqual(before, after, spec.values)) return;
    const name = label(spec, a);
    const pointer = rowPointer(a);
    const scoreFields = /* @__PURE__ */ new Set();
    for (const field of spec.scoreFields) {
      const l = Object.hasOwn(before, field) ? before[field] : void 0;
      const r = Object.hasOwn(after, field) ? after[field] : void 0;
      if (l === void 0 && r === void 0) continue;
      scoreFields.add(field);
      if (l !== void 0 && r !== void 0 && valuesEqual(l, r, optionsForKey(spec.values, field))) continue;
      findings.push(
        differenceFinding(spec.kinds.score, {
          artifact: spec.artifact,
          ...jobField(a),
          field,
          pointer: pointerJoin(pointer, field),
          ...sides(l, r),
          message: `${name} changed: ${field} ${previewValue(l)} -> ${previewValue(r)}`
        })
      );
    }
    const keys = /* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const field of keys) {
      if (scoreFields.has(field)) continue;
      const l = Object.hasOwn(before, field) ? before[field] : void 0;
      const r = Object.hasOwn(after, field) ? after[field] : void 0;
      for (const leaf of diffValues(l, r, optionsForKey(spec.values, field), pointerJoin(pointer, field))) {
        findings.push(
          differenceFinding(spec.kinds.field, {
            artifact: spec.artifact,
            ...jobField(a),
            field,
            ...leaf,
            message: `${name} changed: ${leaf.pointer.slice(pointer.length + 1)} ${previewValue(leaf.left)} -> ${previewValue(leaf.right)}`
          })
        );
      }
    }
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    findings.push(tooDeepFinding(spec, void 0, a));
  }
}
function sides(left, right) {
  return { ...left !== void 0 ? { left } : {}, ...right !== void 0 ? { right } : {} };
}

// src/core/compare/rankedCsv.ts
var import_papaparse = __toESM(require_papaparse(), 1);
var CSV_KINDS = {
  "csv-header": {
    severity: "error",
    category: "content",
    stage: "derived",
    description: "the CSV columns or their order differ",
    fields: "left, right (the headers)",
    rules: []
  }
};
var finding3 = findingOf({ ...CSV_KINDS, ...KEYED_LIST_KINDS, ...LOAD_KINDS });
function csvSpec(artifact, compiled) {
  return keyedListSpec(artifact, compiled, { noun: "job", kinds: JOB_KINDS }, {
    values: { ...compiled.values, numericStrings: true },
    normalize: (row) => row
  });
}
var CSV_OPTIONS = { delimiter: ",", skipEmptyLines: true };
function parseTable(text, linebreak) {
  const parsed = { table: [], cursors: [], errors: [], linebreak: "\n" };
  import_papaparse.default.parse(text, {
    ...CSV_OPTIONS,
    ...linebreak !== void 0 ? { newline: linebreak } : {},
    step: (row) => {
      parsed.table.push(row.data);
      parsed.errors.push(...row.errors);
      parsed.cursors.push(row.meta.cursor);
      parsed.linebreak = row.meta.linebreak;
    }
  });
  return parsed;
}
function parseRowAt(text, start, linebreak, window2) {
  for (let size = Math.max(window2, 4096); ; size *= 2) {
    const end = Math.min(text.length, start + size);
    let row;
    import_papaparse.default.parse(text.slice(start, end), { ...CSV_OPTIONS, newline: linebreak, preview: 1, step: (step) => row = step });
    if (row !== void 0 && row.errors.length === 0 && row.meta.cursor < end - start) return row;
    if (end === text.length) return row !== void 0 && row.errors.length === 0 ? row : void 0;
  }
}
function parseTableAlong(text, reference, knownLinebreak) {
  const { csv: known, text: knownText } = reference;
  const header = known.header;
  const headerEnd = known.bounds[0];
  if (header === void 0 || headerEnd === void 0 || !text.startsWith(knownText.slice(0, headerEnd))) return void 0;
  const linebreak = knownLinebreak ?? csvLinebreak(text);
  if (linebreak !== known.linebreak) return void 0;
  const parsed = { table: [header], cursors: [headerEnd], errors: [], linebreak };
  const mostParsed = Math.max(64, known.records.length >> 3);
  let parsedRows = 0;
  let at = headerEnd;
  for (let k = 0; at < text.length; k++) {
    const from = known.bounds[k];
    const to = known.bounds[k + 1];
    const record = known.records[k];
    if (to !== void 0 && record !== void 0 && text.substring(at, at + to - from) === knownText.substring(from, to) && (knownText.startsWith(linebreak, to - linebreak.length) || at + to - from === text.length)) {
      parsed.table.push(record);
      at += to - from;
      parsed.cursors.push(at);
      continue;
    }
    if (++parsedRows > mostParsed) return void 0;
    let start = at;
    while (text.startsWith(linebreak, start)) start += linebreak.length;
    if (start === text.length) break;
    const row = parseRowAt(text, start, linebreak, 4 * (to !== void 0 ? to - from : 1024));
    if (row === void 0) return void 0;
    parsed.table.push(row.data);
    at = start + row.meta.cursor;
    parsed.cursors.push(at);
  }
  return parsed;
}
function readCsv(artifact, side, text, reference, linebreak) {
  const unreadable = (rule, message, pointer) => finding3("unreadable", { artifact, rule, side, ...pointer !== void 0 ? { pointer } : {}, message });
  const unusable = (message) => ({ header: void 0, records: [], bounds: [], linebreak: "\n", columnIndex: /* @__PURE__ */ new Map(), findings: [unreadable("unreadable/invalid-csv", message)] });
  const parsed = (reference !== void 0 ? parseTableAlong(text, reference, linebreak) : void 0) ?? parseTable(text, linebreak);
  const { table, cursors, errors } = parsed;
  const broken = errors.find((e) => e.type === "Quotes" || e.type === "Delimiter");
  if (broken !== void 0) {
    const where = typeof broken.index === "number" ? ` at line ${lineColumn(text, broken.index).line}` : "";
    return unusable(`invalid CSV: ${broken.message.toLowerCase()}${where}`);
  }
  const [header, ...data] = table;
  if (header === void 0) return unusable("empty CSV (no header row)");
  const findings = [];
  const columnIndex = /* @__PURE__ */ new Map();
  const repeated = /* @__PURE__ */ new Set();
  header.forEach((column, index) => {
    if (!columnIndex.has(column)) columnIndex.set(column, index);
    else repeated.add(column);
  });
  for (const column of repeated) findings.push(unreadable("unreadable/repeated-column", `the header repeats column "${column}"; only its first occurrence is compared`));
  const records = data.map((record, index) => {
    if (record.length === header.length) return record;
    findings.push(unreadable("unreadable/ragged-row", `data row ${index} has ${record.length} cells but the header has ${header.length}; it is skipped`, `/${index}`));
    return void 0;
  });
  return { header, records, bounds: cursors, linebreak: parsed.linebreak, columnIndex, findings };
}
function readCsvHeader(text) {
  const { data, meta } = import_papaparse.default.parse(text, { ...CSV_OPTIONS, preview: 1 });
  return { header: data[0], linebreak: meta.linebreak };
}
function csvLinebreak(text) {
  return readCsvHeader(text).linebreak;
}
function comparedColumns(columns, compiled) {
  const normalize = compiled.normalizer("ranked_csv");
  const shape = Object.fromEntries(columns.map((column) => [column, ""]));
  return Object.keys(normalize(shape));
}
function setCell(row, column, value) {
  if (column === "__proto__") Object.defineProperty(row, column, { value, enumerable: true, writable: true, configurable: true });
  else row[column] = value;
}
function csvContent(csv, columns, compiled) {
  const compared = comparedColumns(columns, compiled);
  const comparedAt = compared.map((column) => csv.columnIndex.get(column) ?? -1);
  return {
    columns: compared,
    of: (record) => {
      const content = {};
      compared.forEach((column, i) => setCell(content, column, record[comparedAt[i]] ?? ""));
      return content;
    }
  };
}
function csvContentKey(content, row) {
  return JSON.stringify(content.columns.map((column) => row[column]));
}
var RecordRow = class {
  constructor(index, identity, title, cells, columns, record) {
    this.index = index;
    this.identity = identity;
    this.title = title;
    this.cells = cells;
    this.columns = columns;
    this.record = record;
    this.key = identity ?? csvContentKey(columns, this.raw);
  }
  index;
  identity;
  title;
  cells;
  columns;
  record;
  listPointer = "";
  key;
  content;
  get raw() {
    return this.content ??= this.columns.of(this.cells);
  }
};
function keyedRows(spec, side, csv, columns, compiled, shared, sameHeaders = false) {
  const content = csvContent(csv, columns, compiled);
  const idColumn = spec.identityFields.find((field) => columns.includes(field));
  const findings = [];
  if (idColumn === void 0) {
    const where = shared ? "no identity column common to both headers" : "the header has none of the identity columns";
    findings.push(
      finding3("job-identity", {
        artifact: spec.artifact,
        side,
        message: `${where} (${spec.identityFields.join(", ")}); rows are matched by their whole content`
      })
    );
  }
  const at = (column) => column === void 0 ? -1 : csv.columnIndex.get(column) ?? -1;
  const idAt = at(idColumn);
  const titleAt = at("title");
  const rows = [];
  csv.records.forEach((record, index) => {
    if (record === void 0) return;
    const identity = idColumn === void 0 ? void 0 : identityOf({ [idColumn]: record[idAt] ?? "" }, [idColumn]);
    const title = record[titleAt] || void 0;
    const row = new RecordRow(index, identity, title, record, content, sameHeaders ? record : void 0);
    if (idColumn !== void 0 && identity === void 0) findings.push(identityFinding(spec, side, row));
    rows.push(row);
  });
  return { rows, findings };
}
function sameHeader(left, right) {
  return left.length === right.length && left.every((column, i) => column === right[i]);
}
function headerFinding(artifact, left, right) {
  if (sameHeader(left, right)) return void 0;
  const leftSet = new Set(left);
  const rightSet = new Set(right);
  const added = right.filter((column) => !leftSet.has(column));
  const removed = left.filter((column) => !rightSet.has(column));
  const commonLeft = left.filter((column) => rightSet.has(column));
  const commonRight = right.filter((column) => leftSet.has(column));
  const parts = [
    ...added.length > 0 ? [`columns added: ${added.join(", ")}`] : [],
    ...removed.length > 0 ? [`columns removed: ${removed.join(", ")}`] : [],
    ...commonLeft.some((column, i) => column !== commonRight[i]) ? ["common columns reordered"] : []
  ];
  return finding3("csv-header", {
    artifact,
    left,
    right,
    message: `CSV header differs (${parts.length > 0 ? parts.join("; ") : "repeated columns differ"}); rows are compared on the common columns`
  });
}
function inspectSide(spec, side, csv, compiled) {
  if (csv.header === void 0) return { findings: csv.findings };
  const keyed = keyedRows(spec, side, csv, [...csv.columnIndex.keys()], compiled, false);
  return { findings: [...csv.findings, ...keyed.findings, ...inspectKeyedRows(spec, side, keyed.rows)], rows: keyed.rows };
}
function dataRows(csv) {
  return csv.header === void 0 ? 0 : csv.records.length;
}
function inspectRankedCsv(artifact, side, text, compiled) {
  return inspectCsvSide(artifact, side, readCsv(artifact, side, text), compiled);
}
function inspectCsvSide(artifact, side, csv, compiled) {
  const spec = csvSpec(artifact, compiled);
  const inspected = inspectSide(spec, side, csv, compiled);
  if (inspected.rows === void 0) return { findings: inspected.findings, items: dataRows(csv), unusable: true };
  return { findings: inspected.findings, items: dataRows(csv), matching: selfMatching(spec, inspected.rows) };
}
function compareRankedCsv(artifact, leftText, rightText, compiled) {
  return compareCsvSides(artifact, readCsv(artifact, "left", leftText), readCsv(artifact, "right", rightText), compiled);
}
function compareCsvSides(artifact, left, right, compiled) {
  const spec = csvSpec(artifact, compiled);
  if (left.header === void 0 || right.header === void 0) {
    const unusable = ["left", "right"].filter((side) => (side === "left" ? left : right).header === void 0);
    return {
      findings: [...inspectSide(spec, "left", left, compiled).findings, ...inspectSide(spec, "right", right, compiled).findings],
      leftItems: dataRows(left),
      rightItems: dataRows(right),
      unusable
    };
  }
  const common = [...left.columnIndex.keys()].filter((column) => right.columnIndex.has(column));
  const header = headerFinding(artifact, left.header, right.header);
  const sameHeaders = sameHeader(left.header, right.header);
  const l = keyedRows(spec, "left", left, common, compiled, true, sameHeaders);
  const r = keyedRows(spec, "right", right, common, compiled, true, sameHeaders);
  const compared = compareKeyedRows(spec, l.rows, r.rows);
  return {
    findings: [...left.findings, ...right.findings, ...header !== void 0 ? [header] : [], ...l.findings, ...r.findings, ...compared.findings],
    leftItems: dataRows(left),
    rightItems: dataRows(right),
    matching: compared.matching
  };
}

// src/core/compare/rankedJson.ts
var finding4 = findingOf(LOAD_KINDS);
function describeType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
function extractList(value) {
  if (Array.isArray(value)) return { ok: true, list: value, pointer: "" };
  if (value !== null && typeof value === "object") {
    for (const key of LIST_KEYS) {
      const candidate = value[key];
      if (Array.isArray(candidate)) return { ok: true, list: candidate, pointer: pointerJoin("", key) };
    }
    return { ok: false, problem: `ranked list is an object without a ${LIST_KEYS.join("/")} array` };
  }
  return { ok: false, problem: `ranked list is ${describeType(value)}, not an array` };
}
function rankedJsonSpec(flavour, artifact, compiled) {
  const normalizer = compiled.normalizer(flavour.policyKind);
  return keyedListSpec(artifact, compiled, flavour, {
    values: compiled.values,
    normalize: (row) => normalizer(row)
  });
}
function prepareSide(flavour, artifact, side, value, compiled) {
  const extracted = extractList(value);
  if (!extracted.ok) {
    return { spec: void 0, rows: [], items: 0, findings: [finding4("unreadable", { artifact, rule: "unreadable/not-a-list", side, message: extracted.problem })] };
  }
  const spec = rankedJsonSpec(flavour, artifact, compiled);
  const rows = [];
  const findings = [];
  extracted.list.forEach((entry, index) => {
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
      findings.push(
        finding4("unreadable", {
          artifact,
          rule: "unreadable/bad-entry",
          side,
          pointer: rowPointer({ listPointer: extracted.pointer, index }),
          message: `entry ${index} of the ranked list is ${describeType(entry)}, not a ${spec.noun} object; it is skipped`
        })
      );
      return;
    }
    const identity = identityOf(entry, spec.identityFields);
    const title = typeof entry.title === "string" && entry.title !== "" ? entry.title : void 0;
    try {
      const key = identity ?? canonicalJson(spec.normalize(entry));
      const row = { index, listPointer: extracted.pointer, identity, key, title, raw: entry };
      if (identity === void 0) findings.push(identityFinding(spec, side, row));
      rows.push(row);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      findings.push(tooDeepFinding(spec, side, { listPointer: extracted.pointer, index }));
    }
  });
  return { spec, rows, findings, items: extracted.list.length };
}
function inspectRankedJson(flavour, artifact, side, value, compiled) {
  return inspectPreparedSide(side, prepareSide(flavour, artifact, side, value, compiled));
}
function inspectPreparedSide(side, prepared) {
  if (prepared.spec === void 0) return { findings: prepared.findings, items: prepared.items, unusable: true };
  const duplicates = inspectKeyedRows(prepared.spec, side, prepared.rows);
  return { findings: [...prepared.findings, ...duplicates], items: prepared.items, matching: selfMatching(prepared.spec, prepared.rows) };
}
function compareRankedJson(flavour, artifact, left, right, compiled) {
  return comparePreparedSides(prepareSide(flavour, artifact, "left", left, compiled), prepareSide(flavour, artifact, "right", right, compiled));
}
function comparePreparedSides(a, b) {
  const findings = [...a.findings, ...b.findings];
  const counts = { leftItems: a.items, rightItems: b.items };
  if (a.spec !== void 0 && b.spec !== void 0) {
    const compared = compareKeyedRows(a.spec, a.rows, b.rows);
    return { findings: [...findings, ...compared.findings], ...counts, matching: compared.matching };
  }
  if (a.spec !== void 0) findings.push(...inspectKeyedRows(a.spec, "left", a.rows));
  else if (b.spec !== void 0) findings.push(...inspectKeyedRows(b.spec, "right", b.rows));
  const unusable = ["left", "right"].filter((side) => (side === "left" ? a : b).spec === void 0);
  return { findings, ...counts, unusable };
}

// src/core/compare/stringColumn.ts
function stringColumn(values) {
  const starts = new Float64Array(values.length + 1);
  const absent = new Uint8Array(values.length);
  const parts = [];
  let length = 0;
  values.forEach((value, k) => {
    starts[k] = length;
    if (value === void 0 || value === null) absent[k] = 1;
    else {
      parts.push(value);
      length += value.length;
    }
  });
  starts[values.length] = length;
  return { text: parts.join(""), starts, absent };
}
function stringAt(column, k) {
  return column.absent[k] === 1 ? void 0 : column.text.slice(column.starts[k], column.starts[k + 1]);
}
function presentStrings(column) {
  const out = [];
  for (let k = 0; k < column.absent.length; k++) if (column.absent[k] !== 1) out.push(column.text.slice(column.starts[k], column.starts[k + 1]));
  return out;
}

// src/core/compare/consistency.ts
var CONSISTENCY_KINDS = {
  inconsistent: {
    severity: "error",
    category: "validity",
    stage: "derived",
    description: "one run disagrees with itself: its ranked CSV is not its ranked JSON's projection (other jobs, another order, or another value in a column that is also a scalar field of the JSON row), or its families name a job its ranked JSON lacks. One finding per side and file, naming the first disagreement and how many more",
    fields: "side, job, pointer?",
    rules: ["inconsistent/csv-projection", "inconsistent/families-jobs"]
  }
};
var finding5 = findingOf(CONSISTENCY_KINDS);
function cellMatches(cell, value) {
  if (value === null) return cell === "";
  if (typeof value === "string") return cell === value;
  if (typeof value === "number") return cell === String(value) || decimalNumber(cell) === value;
  if (typeof value === "boolean") return cell.toLowerCase() === String(value);
  return true;
}
function jsonJobs(value, fields) {
  const list = extractList(value);
  if (!list.ok) return void 0;
  return { ids: list.list.map((row) => isJsonObject(row) ? identityOf(row, fields) : void 0), rows: list.list };
}
function csvProblems(json, csv, fields) {
  return checkCsvProjection(jsonJobs(json, fields), csv, fields).problems;
}
function checkCsvProjection(jobs, csv, fields, along) {
  if (jobs === void 0 || csv.header === void 0) return { problems: [] };
  const idColumn = fields.find((f) => csv.columnIndex.has(f));
  if (idColumn === void 0) return { problems: [] };
  const idAt = csv.columnIndex.get(idColumn);
  const csvIds = csv.records.map((record) => record === void 0 ? void 0 : (record[idAt] ?? "").trim() || void 0);
  const jsonSet = new Set(jobs.ids.filter((id) => id !== void 0));
  const csvSet = new Set(csvIds.filter((id) => id !== void 0));
  const onlyCsv = csvIds.filter((id) => id !== void 0 && !jsonSet.has(id));
  const onlyJson = jobs.ids.filter((id) => id !== void 0 && !csvSet.has(id));
  if (onlyCsv.length > 0 || onlyJson.length > 0) {
    const parts = [
      ...onlyJson.length > 0 ? [`${onlyJson.length} ranked JSON job${onlyJson.length === 1 ? "" : "s"} missing from the CSV (first ${onlyJson[0]})`] : [],
      ...onlyCsv.length > 0 ? [`${onlyCsv.length} CSV job${onlyCsv.length === 1 ? "" : "s"} not in the ranked JSON (first ${onlyCsv[0]})`] : []
    ];
    return {
      problems: [
        {
          artifact: "ranked_csv",
          job: onlyJson[0] ?? onlyCsv[0],
          message: `ranked CSV (${csvIds.length} rows) is not the ranked JSON's (${jobs.ids.length} jobs) projection: ${parts.join("; ")}`
        }
      ]
    };
  }
  const firstMoved = csvIds.findIndex((id, i) => id !== jobs.ids[i]);
  if (firstMoved >= 0 || csvIds.length !== jobs.ids.length) {
    const at = firstMoved >= 0 ? firstMoved : Math.min(csvIds.length, jobs.ids.length);
    return {
      problems: [
        {
          artifact: "ranked_csv",
          pointer: `/${at}`,
          ...csvIds[at] !== void 0 ? { job: csvIds[at] } : {},
          message: `ranked CSV row ${at} is job ${csvIds[at] ?? "none"} but the ranked JSON's row ${at} is ${jobs.ids[at] ?? "none"}: not the same order`
        }
      ]
    };
  }
  let count = 0;
  let first;
  const differing = /* @__PURE__ */ new Set();
  const columns = [...csv.columnIndex.keys()];
  const indexes = [...csv.columnIndex.values()];
  csv.records.forEach((record, row) => {
    const jsonRow = jobs.rows[row];
    if (record === void 0 || !isJsonObject(jsonRow)) return;
    if (along !== void 0 && jsonRow === along.rows[row] && record === along.records[row] && !along.differing.has(row)) return;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const index = indexes[c];
      if (!Object.hasOwn(jsonRow, column)) continue;
      const value = jsonRow[column];
      const cell = record[index] ?? "";
      if (typeof value === "object" && value !== null || cellMatches(cell, value)) continue;
      count++;
      differing.add(row);
      first ??= {
        artifact: "ranked_csv",
        job: csvIds[row],
        pointer: `/${row}/${column}`,
        field: column,
        value: cell,
        message: `ranked CSV row ${row} column ${column} is ${JSON.stringify(cell)} but the ranked JSON has ${JSON.stringify(value)}`
      };
    }
  });
  const problems = first === void 0 ? [] : [count > 1 ? { ...first, message: `${first.message} (and ${count - 1} more differing cells)` } : first];
  return { problems, checked: { rows: jobs.rows, records: csv.records, differing } };
}
function familyJobRefs(familiesValue, fields) {
  const families = extractList(familiesValue);
  if (!families.ok) return void 0;
  const ids = [];
  const family = [];
  const variant = [];
  const add = (row, i, j) => {
    if (!isJsonObject(row)) return;
    const id = identityOf(row, fields);
    if (id === void 0) return;
    ids.push(id);
    family.push(i);
    variant.push(j);
  };
  families.list.forEach((entry, i) => {
    add(entry, i, -1);
    const variants = isJsonObject(entry) ? entry.family_variants : void 0;
    if (Array.isArray(variants)) variants.forEach((v, j) => add(v, i, j));
  });
  return { listPointer: families.pointer, ids: stringColumn(ids), family: Int32Array.from(family), variant: Int32Array.from(variant) };
}
function unknownFamilyJobs(known, refs) {
  const unknown = [];
  refs.family.forEach((family, k) => {
    const id = stringAt(refs.ids, k);
    if (known.has(id)) return;
    const at = pointerJoin(refs.listPointer, family);
    const variant = refs.variant[k];
    unknown.push({ id, pointer: variant < 0 ? at : pointerJoin(pointerJoin(at, "family_variants"), variant) });
  });
  const first = unknown[0];
  if (first === void 0) return [];
  const jobsNamed = new Set(unknown.map((u) => u.id)).size;
  return [
    {
      artifact: "ranked_families_json",
      job: first.id,
      pointer: first.pointer,
      message: `ranked families name ${jobsNamed} job${jobsNamed === 1 ? "" : "s"} the ranked JSON does not have (first ${first.id} at ${first.pointer})`
    }
  ];
}
function familyProblems(json, familiesValue, fields) {
  const jobs = jsonJobs(json, fields);
  const refs = familyJobRefs(familiesValue, fields);
  if (jobs === void 0 || refs === void 0) return [];
  return unknownFamilyJobs(new Set(jobs.ids), refs);
}
function problemsOf(set, policy) {
  const json = set.ranked_json !== void 0 && "json" in set.ranked_json ? set.ranked_json.json : void 0;
  if (json === void 0) return [];
  const fields = policy.identityFields;
  const csv = set.ranked_csv !== void 0 && "text" in set.ranked_csv ? csvProblems(json, readCsv("run_dir", "left", set.ranked_csv.text), fields) : [];
  const families = set.ranked_families_json !== void 0 && "json" in set.ranked_families_json ? familyProblems(json, set.ranked_families_json.json, fields) : [];
  return [...csv, ...families];
}
function checkConsistency(target, sets, policy) {
  const left = problemsOf(sets.left, policy);
  const same = sets.left.ranked_json === sets.right.ranked_json && sets.left.ranked_csv === sets.right.ranked_csv && sets.left.ranked_families_json === sets.right.ranked_families_json;
  const right = same ? left : problemsOf(sets.right, policy);
  return consistencyFindings(target, { left, right });
}
function consistencyFindings(target, problems) {
  const stamp = (side, p) => finding5("inconsistent", {
    artifact: rankedArtifactId(p.artifact, target),
    rule: p.artifact === "ranked_csv" ? "inconsistent/csv-projection" : "inconsistent/families-jobs",
    side,
    ...p.job !== void 0 ? { job: p.job } : {},
    ...p.pointer !== void 0 ? { pointer: p.pointer } : {},
    ...p.field !== void 0 ? { field: p.field } : {},
    ...p.value !== void 0 ? { [side]: p.value } : {},
    message: p.message
  });
  return [...problems.left.map((p) => stamp("left", p)), ...problems.right.map((p) => stamp("right", p))];
}

// src/core/compare/compactRows.ts
function compactRows(rows, spec) {
  const primaries = spec.ordering !== "strict";
  const primaryField = new Int16Array(primaries ? rows.length : 0);
  const primaryValue = new Float64Array(primaries ? rows.length : 0);
  if (primaries) {
    rows.forEach((row, k) => {
      const primary = primaryScore(spec, row);
      primaryField[k] = primary === void 0 ? -1 : spec.scoreFields.indexOf(primary.field);
      primaryValue[k] = primary?.value ?? Number.NaN;
    });
  }
  return {
    index: Int32Array.from(rows, (row) => row.index),
    identity: stringColumn(rows.map((row) => row.identity)),
    key: stringColumn(rows.map((row) => row.key === row.identity ? void 0 : row.key)),
    title: stringColumn(rows.map((row) => row.title)),
    primaryField,
    primaryValue
  };
}
function compactPrimary(compact, k, scoreFields) {
  if (compact.primaryField.length === 0) return void 0;
  const field = compact.primaryField[k];
  const value = compact.primaryValue[k];
  return field < 0 ? null : { field: scoreFields[field], value: Number.isNaN(value) ? void 0 : value };
}

// src/core/compare/rankedFamilies.ts
var FAMILIES = { policyKind: "ranked_families_json", noun: "family", kinds: FAMILY_KINDS };
function compareRankedFamilies(artifact, left, right, compiled) {
  return compareRankedJson(FAMILIES, artifact, left, right, compiled);
}
function inspectRankedFamilies(artifact, side, value, compiled) {
  return inspectRankedJson(FAMILIES, artifact, side, value, compiled);
}

// src/core/compare/rankedJobs.ts
var JOBS = { policyKind: "ranked_json", noun: "job", kinds: JOB_KINDS };
function compareRankedJobs(artifact, left, right, compiled) {
  return compareRankedJson(JOBS, artifact, left, right, compiled);
}
function inspectRankedJobs(artifact, side, value, compiled) {
  return inspectRankedJson(JOBS, artifact, side, value, compiled);
}

// src/core/compare/rankedTasks.ts
var asBuffer = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
function reduceJson(flavour, side, ctx, compiled, file, once, keys, reference) {
  const bytes = asBuffer(file.bytes);
  const scan = scanPlainJson(bytes, keys, reference);
  if (!scan.ok) return scan.problem;
  const picked = pickedList(scan.lists);
  if (picked === void 0) return "no list";
  const { pointer: listPointer, list } = picked;
  const fields = ctx.policy.identityFields;
  const entries = list.skeletons.map(
    (skeleton, k) => skeleton !== void 0 && identityOf(skeleton, fields) !== void 0 ? skeleton : JSON.parse(bytes.toString("utf8", list.starts[k], list.ends[k]))
  );
  const value = listPointer === "" ? entries : { [listPointer.slice(1)]: entries };
  const prepared = prepareSide(flavour, file.artifact, side, value, compiled);
  const spec = prepared.spec;
  if (spec === void 0) return "no list";
  const parsed = { parseFindings: [], inexact: { side, relPath: file.relPath, numbers: [], count: 0 } };
  const scanned = { bytes, pointer: listPointer, list };
  if (once) return { side: { ...parsed, inspected: inspectPreparedSide(side, prepared) }, value, scanned };
  const reduced = {
    ...parsed,
    rowFindings: prepared.findings,
    items: prepared.items,
    listPointer,
    rows: compactRows(prepared.rows, spec),
    start: Float64Array.from(prepared.rows, (row) => list.starts[row.index]),
    end: Float64Array.from(prepared.rows, (row) => list.ends[row.index])
  };
  return { side: reduced, value, scanned };
}
function reduceJsonPair(flavour, ctx, compiled, files, keys) {
  const same = asBuffer(files.left.bytes).equals(files.right.bytes);
  const left = reduceJson(flavour, "left", ctx, compiled, files.left, same, keys);
  if (typeof left === "string" || same) return typeof left === "string" ? left : { same, left, right: left };
  const right = reduceJson(flavour, "right", ctx, compiled, files.right, false, keys, left.scanned);
  return typeof right === "string" ? right : { same, left, right };
}
function checkedKeys(policy, more = []) {
  return [...policy.identityFields, "title", ...policy.scoreFields, ...more];
}
function decodeCsvFile(file) {
  const decoded = decodeUtf8(asBuffer(file.bytes));
  return decoded.ok ? { text: decoded.value.text } : "CSV not decoded";
}
function hashPairs(files) {
  const hash = (bytes) => createHash("sha256").update(bytes).digest("hex");
  return files.map(({ left, right }) => {
    const leftHash = hash(left);
    return { left: leftHash, right: asBuffer(left).equals(right) ? leftHash : hash(right) };
  });
}
function runRankedTask(task, post) {
  if (task.op === "hashes") return { op: "hashes", sha256: hashPairs(task.files) };
  const { ctx } = task;
  const compiled = compilePolicy(ctx.policy, { allowRunIdDrift: ctx.allowRunIdDrift });
  const fields = ctx.policy.identityFields;
  if (task.op === "families") {
    const keys = { keys: checkedKeys(ctx.policy), nested: { key: "family_variants", keys: fields } };
    const reduced2 = reduceJsonPair(FAMILIES, ctx, compiled, task.families, keys);
    if (typeof reduced2 === "string") return { bail: reduced2 };
    const side = ({ side: families, value }) => ({ families, refs: familyJobRefs(value, fields) });
    const left = side(reduced2.left);
    return { op: "families", same: reduced2.same, left, right: reduced2.same ? left : side(reduced2.right) };
  }
  const sameCsv = asBuffer(task.csv.left.bytes).equals(task.csv.right.bytes);
  const leftText = decodeCsvFile(task.csv.left);
  if (typeof leftText === "string") return { bail: leftText };
  const rightText = sameCsv ? leftText : decodeCsvFile(task.csv.right);
  if (typeof rightText === "string") return { bail: rightText };
  const leftHead = readCsvHeader(leftText.text);
  const heads = { left: leftHead, right: sameCsv ? leftHead : readCsvHeader(rightText.text) };
  const reduced = reduceJsonPair(JOBS, ctx, compiled, task.jobs, { keys: checkedKeys(ctx.policy, [...heads.left.header ?? [], ...heads.right.header ?? []]) });
  if (typeof reduced === "string") return { bail: reduced };
  const leftJobs = jsonJobs(reduced.left.value, fields);
  const rightJobs = reduced.same ? leftJobs : jsonJobs(reduced.right.value, fields);
  const leftJson = { jobs: reduced.left.side, jobIds: stringColumn(leftJobs?.ids ?? []) };
  post({ op: "jobs-json", same: reduced.same, left: leftJson, right: reduced.same ? leftJson : { jobs: reduced.right.side, jobIds: stringColumn(rightJobs?.ids ?? []) } });
  const read = (side, decoded, reference) => {
    const csv = readCsv(task.csv[side].artifact, side, decoded.text, reference, heads[side].linebreak);
    if (csv.header === void 0) return "CSV not parsed";
    if (!sameHeader(csv.header, heads[side].header ?? [])) return "CSV header not read ahead";
    return { ...decoded, csv };
  };
  const leftCsv = read("left", leftText);
  if (typeof leftCsv === "string") return { bail: leftCsv };
  const rightCsv = sameCsv ? leftCsv : read("right", rightText, { text: leftCsv.text, csv: leftCsv.csv });
  if (typeof rightCsv === "string") return { bail: rightCsv };
  const artifact = task.csv.left.artifact;
  post({
    op: "jobs-csv",
    outcome: sameCsv ? { once: true, inspected: inspectCsvSide(artifact, "left", leftCsv.csv, compiled) } : { once: false, compared: compareCsvSides(artifact, leftCsv.csv, rightCsv.csv, compiled) }
  });
  const leftCheck = checkCsvProjection(leftJobs, leftCsv.csv, fields);
  if (reduced.same && sameCsv) return { op: "jobs", left: leftCheck.problems, right: leftCheck.problems };
  return { op: "jobs", left: leftCheck.problems, right: checkCsvProjection(rightJobs, rightCsv.csv, fields, leftCheck.checked).problems };
}
function runRankedTaskSafely(task, post) {
  try {
    return runRankedTask(task, post);
  } catch (error) {
    return { bail: `exception: ${firstLine(error)}` };
  }
}

export {
  printable,
  findingOf,
  pointerJoin,
  isJsonObject,
  valuesEqual,
  diffValues,
  describeValue,
  previewValue,
  DOCUMENT_PATHS,
  RANKED_KINDS,
  conventionPath,
  rankedArtifactId,
  isPlainName,
  recordedRankedOutputs,
  discoverRankedTargets,
  mergeTargets,
  artifactIdOfPath,
  runDirRelativeOfRecorded,
  rankedOutputRelative,
  decodeUtf8,
  MAX_LISTED_PER_FILE,
  LOAD_KINDS,
  readFindings,
  parseArtifactJson,
  isCleanJson,
  inexactNumberFindings,
  KEYED_LIST_KINDS,
  CSV_KINDS,
  inspectRankedCsv,
  compareRankedCsv,
  rankedJsonSpec,
  inspectPreparedSide,
  comparePreparedSides,
  stringAt,
  presentStrings,
  CONSISTENCY_KINDS,
  familyJobRefs,
  unknownFamilyJobs,
  checkConsistency,
  consistencyFindings,
  compilePolicy,
  makePointerNormalizer,
  FAMILIES,
  compareRankedFamilies,
  inspectRankedFamilies,
  JOBS,
  compareRankedJobs,
  inspectRankedJobs,
  compactPrimary,
  runRankedTaskSafely
};
